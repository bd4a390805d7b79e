import { Monitor, Moon, Sun } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import { Card } from '../../../components/ui/card';
import { ChoiceGroup, type Choice } from '../../../components/ui/choice-group';
import { setThemeChoice, useThemeChoice, type ThemeChoice } from '../../../lib/theme';

/** The colour theme: follow the system, or always light, or always dark. */
export function AppearanceSection() {
  const { t } = useTranslation();
  const choice = useThemeChoice();
  const choices: Choice<ThemeChoice>[] = [
    {
      value: 'system',
      label: t('account.appearance.system'),
      icon: <Monitor aria-hidden className="size-5" />,
    },
    {
      value: 'light',
      label: t('account.appearance.light'),
      icon: <Sun aria-hidden className="size-5" />,
    },
    {
      value: 'dark',
      label: t('account.appearance.dark'),
      icon: <Moon aria-hidden className="size-5" />,
    },
  ];
  return (
    <Card title={t('account.appearance.title')} description={t('account.appearance.description')}>
      <ChoiceGroup
        legend={t('account.appearance.legend')}
        name="theme"
        value={choice}
        choices={choices}
        onChange={setThemeChoice}
      />
    </Card>
  );
}
