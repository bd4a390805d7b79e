import { BookOpen, PenLine, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import type { Program } from '../../../../contracts/programs';
import { MarkdownView } from '../../../components/patterns/markdown-view';
import { Button, buttonClasses } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { FormAlert } from '../../../components/ui/form-alert';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useAdopt, useRemoveItem } from '../api';
import { ItemDialog } from './item-dialog';
import { WeekDialog } from './week-dialog';

/**
 * A program's curriculum week by week: each prompt and practice, with a link to its library
 * entry when it was picked from the library (where its history and how often it was chosen
 * are); enrolled people adopt its practices; facilitators and admins add, change a week, remove.
 */
export function CurriculumCard({ program }: { program: Program }) {
  const { t } = useTranslation();
  const toast = useToast();
  const remove = useRemoveItem(program.id);
  const adopt = useAdopt(program.id);
  const [adding, setAdding] = useState(false);
  const [editingWeek, setEditingWeek] = useState<number | null>(null);
  const weeks = [...new Set(program.curriculum.map((i) => i.week))].sort((a, b) => a - b);
  return (
    <Card title={t('programs.curriculum.title')} description={t('programs.curriculum.lead')}>
      <div className="flex flex-col gap-6">
        {adopt.isError ? <FormAlert>{describeError(adopt.error, t)}</FormAlert> : null}
        {weeks.length === 0 ? (
          <p className="text-ink-muted">{t('programs.curriculum.none')}</p>
        ) : null}
        {weeks.map((week) => (
          <section key={week} aria-labelledby={`week-${week}`} className="flex flex-col gap-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 id={`week-${week}`} className="text-lg font-semibold text-ink">
                {t('programs.curriculum.week', { week })}
              </h3>
              {program.canManage ? (
                <Button
                  size="sm"
                  icon={<PenLine aria-hidden className="size-4" />}
                  onClick={() => setEditingWeek(week)}
                >
                  {t('programs.curriculum.editWeek', { week })}
                </Button>
              ) : null}
            </div>
            <ul className="flex flex-col gap-3">
              {program.curriculum
                .filter((i) => i.week === week)
                .map((item) => (
                  <li
                    key={item.id}
                    className="flex flex-col gap-1 rounded-lg border border-line p-4"
                  >
                    <span className="text-xs font-medium tracking-wide text-accent uppercase">
                      {t(`programs.curriculum.${item.kind}`)}
                    </span>
                    <span className="font-medium break-words text-ink">{item.title}</span>
                    {item.body ? (
                      <MarkdownView source={item.body} className="text-[0.9375rem]" />
                    ) : null}
                    <div className="mt-1 flex flex-wrap items-center gap-2">
                      {item.kind === 'practice' && program.me.status === 'enrolled' ? (
                        <Button
                          size="sm"
                          loading={adopt.isPending && adopt.variables === item.id}
                          onClick={() =>
                            adopt.mutate(item.id, {
                              onSuccess: (r) =>
                                toast({
                                  title: t('programs.curriculum.adopted'),
                                  link: {
                                    label: t('programs.curriculum.openPractice'),
                                    to: `/practices/${r.practiceId}`,
                                  },
                                }),
                            })
                          }
                        >
                          {t('programs.curriculum.adopt')}
                        </Button>
                      ) : null}
                      {item.libraryEntryId && item.inLibrary ? (
                        <Link
                          to={`/orgs/${encodeURIComponent(program.orgId)}/library/${encodeURIComponent(item.libraryEntryId)}`}
                          className={buttonClasses('ghost', 'sm')}
                          aria-label={t('programs.curriculum.inLibraryLabel', {
                            title: item.title,
                          })}
                        >
                          <BookOpen aria-hidden className="size-4" />
                          {t('programs.curriculum.inLibrary')}
                        </Link>
                      ) : null}
                      {program.canManage ? (
                        <Button
                          variant="ghost"
                          size="sm"
                          icon={<Trash2 aria-hidden className="size-4" />}
                          loading={remove.isPending && remove.variables === item.id}
                          onClick={() => remove.mutate(item.id)}
                        >
                          {t('programs.curriculum.remove')}
                        </Button>
                      ) : null}
                    </div>
                  </li>
                ))}
            </ul>
          </section>
        ))}
        {program.canManage ? (
          <div>
            <Button icon={<Plus aria-hidden className="size-4" />} onClick={() => setAdding(true)}>
              {t('programs.curriculum.add')}
            </Button>
            <ItemDialog
              key={String(adding)}
              orgId={program.orgId}
              programId={program.id}
              weeks={program.weeks}
              open={adding}
              onOpenChange={setAdding}
            />
            {editingWeek !== null ? (
              <WeekDialog
                key={editingWeek}
                program={program}
                week={editingWeek}
                open
                onOpenChange={(open) => {
                  if (!open) setEditingWeek(null);
                }}
              />
            ) : null}
          </div>
        ) : null}
      </div>
    </Card>
  );
}
