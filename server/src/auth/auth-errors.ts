/**
 * Stable error codes of the /auth routes. Clients match on `code`; `message` is for people.
 * Registration's per-field codes are listed in register-rules.ts.
 */
export const AuthErrorCode = {
  invalidJson: 'invalid_json',
  invalidBody: 'invalid_body',
  invalidQuery: 'invalid_query',
  invalidParams: 'invalid_params',
  validationFailed: 'validation_failed',
  invalidCredentials: 'invalid_credentials',
  accountInactive: 'account_inactive',
  loginLocked: 'login_locked',
  rateLimited: 'rate_limited',
  tokenMissing: 'token_missing',
  tokenInvalid: 'token_invalid',
  sessionEnded: 'session_ended',
  refreshTokenMissing: 'refresh_token_missing',
  refreshTokenInvalid: 'refresh_token_invalid',
  refreshTokenReused: 'refresh_token_reused',
  crossSiteRequest: 'cross_site_request',
  sessionNotFound: 'session_not_found',
  wrongPassword: 'wrong_password',
  verificationTokenInvalid: 'verification_token_invalid',
  verificationTokenExpired: 'verification_token_expired',
  resetTokenInvalid: 'reset_token_invalid',
  resetTokenExpired: 'reset_token_expired',
  termsVersionMismatch: 'terms_version_mismatch',
  oauthProviderUnknown: 'oauth_provider_unknown',
  oauthNotConfigured: 'oauth_not_configured',
} as const;

export type AuthErrorCodeValue = (typeof AuthErrorCode)[keyof typeof AuthErrorCode];

/** An answer the client caused: its status, code and message go on the wire as they are. */
export class AuthError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: AuthErrorCodeValue,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

export function sessionEnded(): AuthError {
  return new AuthError(401, AuthErrorCode.sessionEnded, 'This session has ended. Sign in again.');
}
