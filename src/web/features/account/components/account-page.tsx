import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import { Card } from '../../../components/ui/card';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { AppearanceSection } from './appearance-section';
import { DeleteAccountSection } from './delete-account-section';
import { PasswordSection } from './password-section';
import { ProfileSection } from './profile-section';
import { SignOutSection } from './sign-out-section';
import { TokensSection } from './tokens-section';
import { NotificationsSection } from './notifications-section';
import { RemindersSection } from './reminders-section';
import { CalendarFeedSection } from './calendar-feed-section';

/** The Account page: profile, password, appearance, access tokens, sign out, delete. */
export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.title'));
  const { data: user } = useCurrentUser();
  // The route guard renders this page only for a signed-in person.
  if (!user) return null;
  return (
    <>
      <header className="mb-8">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t('account.title')}</h1>
        <p className="mt-2 max-w-prose text-ink-muted">{t('account.lead')}</p>
      </header>
      <div className="flex flex-col gap-6">
        <ProfileSection key={user.id} user={user} />
        <PasswordSection />
        <AppearanceSection />
        <NotificationsSection timeZone={user.timeZone} />
        <RemindersSection />
        <CalendarFeedSection />
        <TokensSection timeZone={user.timeZone} />
        <Card title={t('portability.title')} description={t('portability.lead')}>
          <Link to="/account/data" className="font-medium text-accent hover:underline">
            {t('portability.link')}
          </Link>
        </Card>
        <SignOutSection />
        <DeleteAccountSection />
      </div>
    </>
  );
}
