import { useRef, useState } from 'react';
import { useTranslation } from './use-translation';
import type { z } from 'zod';
import { fieldErrorsFromIssues, formErrorsFrom, type FieldErrors } from './form-errors';
import type { SchemaLoader } from './schema-on-use';

/**
 * The error state of one form: a message per field, one general message for the alert region,
 * and focus moved to the first field in error so keyboard and screen-reader users land on it.
 * Give the form `ref={formRef}` and its inputs `name`s equal to the field names.
 */
export function useFormErrors<F extends string>(fields: readonly F[]) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<F>>({});
  const [general, setGeneral] = useState<string | null>(null);

  const show = (errors: FieldErrors<F>, generalMessage: string | null = null) => {
    setFieldErrors(errors);
    setGeneral(generalMessage);
    const first = fields.find((field) => errors[field] !== undefined);
    const element = first ? formRef.current?.elements.namedItem(first) : null;
    if (element instanceof HTMLElement) element.focus();
  };

  const check = (
    schema: z.ZodType,
    values: Record<F, unknown>,
    required: Partial<Record<F, string>>,
  ): boolean => {
    const errors: FieldErrors<F> = {};
    for (const field of fields) {
      const message = required[field];
      const value = values[field];
      const empty = typeof value === 'string' ? !value.trim() : value === undefined;
      if (message !== undefined && empty) errors[field] = message;
    }
    const result = schema.safeParse(values);
    if (!result.success) {
      const parsed = fieldErrorsFromIssues(result.error.issues, fields).fieldErrors;
      for (const field of fields) errors[field] ??= parsed[field];
    }
    const failed = fields.some((field) => errors[field] !== undefined);
    show(failed ? errors : {}, null);
    return !failed;
  };

  /**
   * Checks `values` against a shared contract schema; shows and returns false on failure.
   * `required` names fields that must not be empty, checked first with friendlier words. Given
   * a schema loaded on first use (`schemaOnUse`), it resolves once that is loaded; a schema that
   * cannot be loaded shows the network's message and resolves to false.
   */
  function validate(
    schema: z.ZodType,
    values: Record<F, unknown>,
    required?: Partial<Record<F, string>>,
  ): boolean;
  function validate(
    schema: SchemaLoader,
    values: Record<F, unknown>,
    required?: Partial<Record<F, string>>,
  ): Promise<boolean>;
  function validate(
    schema: z.ZodType | SchemaLoader,
    values: Record<F, unknown>,
    required: Partial<Record<F, string>> = {},
  ): boolean | Promise<boolean> {
    if (typeof schema !== 'function') return check(schema, values, required);
    return schema().then(
      (loaded) => check(loaded, values, required),
      () => {
        show({}, t('errors.network'));
        return false;
      },
    );
  }

  return {
    formRef,
    fieldErrors,
    general,
    /** Shows the given errors (or clears them all when called with `{}`). */
    show,
    /** Forgets one field's error (e.g. as the person corrects it), leaving focus where it is. */
    clear: (field: F) =>
      setFieldErrors((errors) =>
        errors[field] === undefined ? errors : { ...errors, [field]: undefined },
      ),
    /** Shows a failed request: field issues under their fields, the rest in the alert region. */
    showApiError: (error: unknown) => {
      const { fieldErrors: errors, general: message } = formErrorsFrom(error, fields, t);
      show(errors, message);
    },
    validate,
  };
}
