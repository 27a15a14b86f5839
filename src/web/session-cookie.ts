// The name of the cookie that carries the session token: set at sign-in,
// read by authentication, cleared at sign-out.
export const SESSION_COOKIE = 'waymark_session';
