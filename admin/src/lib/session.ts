import { query, redirect } from '@solidjs/router';
import { type Accessor, createContext, useContext } from 'solid-js';
import { isUnauthenticated, schoolApi, type Session, type SignedIn } from './client';
import { t } from './i18n';

export type Surface = Session['surface'];

const signInPath = (school: string, surface: Surface) =>
  surface === 'mobile' ? `/${school}/m/sign-in` : `/${school}/sign-in`;

/**
 * The signed-in session for a surface, or a redirect to that surface's sign-in page. A mobile
 * session does not open the back-office, and a back-office session is sent to the back-office.
 */
export const getSession = query(async (school: string, surface: Surface): Promise<Session> => {
  try {
    const session = await schoolApi(school).auth.me();
    if (session.surface !== surface) throw redirect(signInPath(school, surface));
    return session;
  } catch (error) {
    if (isUnauthenticated(error)) throw redirect(signInPath(school, surface));
    throw error;
  }
}, 'session');

/** Seeds the session cache right after sign-in, so the next screen need not ask `me` again. */
export function rememberSession(school: string, surface: Surface, signedIn: SignedIn): void {
  query.set(getSession.keyFor(school, surface), { ...signedIn, surface });
}

/** The school's display name and code, public. */
export const getSchoolInfo = query((school: string) => schoolApi(school).info(), 'school-info');

const SessionContext = createContext<Accessor<Session | undefined>>(() => undefined);

/** Hands the layout's session to the screens under it. */
export const SessionProvider = SessionContext.Provider;

/** The session of the surface this screen is in (set by its layout). */
export const useSession = (): Accessor<Session | undefined> => useContext(SessionContext);

/** The role label key for an admin role. */
export const roleKey = (role: Session['member']['adminRole']) =>
  role === 'creator' ? 'role.creator' : role === 'super' ? 'role.super' : role === 'scoped' ? 'role.scoped' : 'role.none';

/** What a member is here, in words: their admin role, else their identities (教學人員、學校職員). */
export function memberTitle(m: Session['member']): string {
  if (m.adminRole) return t(roleKey(m.adminRole));
  const identities = [m.isTeacher ? t('identity.teacher') : '', m.isStaff ? t('identity.staff') : ''].filter(Boolean);
  return identities.join('、') || t(roleKey(null));
}
