import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import type { User } from '../../contracts/accounts';
import { PageLoading } from '../components/ui/page-loading';
import { safeNextPath } from '../lib/next-path';
import { useCurrentUser, useSessionEnd } from '../lib/session';
import { ConnectionProblem } from './connection-problem';

/**
 * Renders its child routes for a signed-in person. Anyone else goes to sign in (with `?next=`
 * back to here), or, right after signing out or deleting the account, straight to that page.
 */
export function RequireSignIn() {
  const me = useCurrentUser();
  const location = useLocation();
  const sessionEnd = useSessionEnd();
  if (me.data) return <Outlet />;
  if (me.data === null) {
    if (sessionEnd === 'deleted') return <Navigate to="/sign-up" replace />;
    if (sessionEnd === 'signed-out') return <Navigate to="/sign-in" replace />;
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (me.isError)
    return <ConnectionProblem retrying={me.isFetching} onRetry={() => void me.refetch()} />;
  return <PageLoading />;
}

/**
 * Where a signed-in person starts: the welcome guide until they have finished or skipped it,
 * then Today.
 */
export function homePath(user: Pick<User, 'onboarding'>): string {
  return user.onboarding === 'pending' ? '/welcome' : '/today';
}

/**
 * Renders sign-in and sign-up for people who are signed out; others continue to `?next=`, or
 * home (so a new account starts with the welcome guide).
 */
export function PublicOnly() {
  const me = useCurrentUser();
  const [params] = useSearchParams();
  if (me.data) {
    return <Navigate to={safeNextPath(params.get('next')) ?? homePath(me.data)} replace />;
  }
  // If the API can't be reached, still show the form: it explains the problem on submit.
  if (me.isPending) return <PageLoading />;
  return <Outlet />;
}

/** "/" goes home when signed in (the welcome guide or Today), otherwise to sign in. */
export function HomeRedirect() {
  const me = useCurrentUser();
  if (me.isPending) return <PageLoading />;
  return <Navigate to={me.data ? homePath(me.data) : '/sign-in'} replace />;
}
