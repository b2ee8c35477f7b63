import { AppError, badInput } from '../../graphql/errors.js';

export function wrongCredentials(): AppError {
  // One message for an unknown user and a wrong password: the answer must not reveal which accounts exist.
  return new AppError('UNAUTHENTICATED', { zh: '用户名或密码错误', en: 'Wrong username or password' });
}

export function tooManyAttempts(minutes: number): AppError {
  return new AppError(
    'RATE_LIMITED',
    {
      zh: `登录失败次数过多，请 ${minutes} 分钟后再试`,
      en: `Too many failed sign-ins; try again in ${minutes} minute(s)`,
    },
    { retryAfterMinutes: minutes },
  );
}

export function weakPassword(field: string): AppError {
  return badInput(field, {
    zh: '密码至少 10 位，且须同时包含字母和数字',
    en: 'A password needs at least 10 characters, with both letters and digits',
  });
}

export function wrongCurrentPassword(): AppError {
  return badInput('currentPassword', { zh: '当前密码不正确', en: 'The current password is wrong' });
}
