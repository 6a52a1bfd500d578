/** Where to ask for a password reset link (linked from sign-in and from used or expired links). */
export const FORGOT_PASSWORD_PATH = '/forgot-password';
