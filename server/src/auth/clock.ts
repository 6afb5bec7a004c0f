/**
 * The auth server's "now". Production leaves it unset and every rule runs on the
 * database's clock; tests inject one they can move instead of sleeping (24 h idle expiry,
 * lock windows, token expiry). The same instant reaches SQL as app.settings.clock_now.
 */
export type Clock = () => Date;
