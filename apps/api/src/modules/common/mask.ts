/** 13812345678 → 138****5678; landlines keep the area code and the last four digits. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  if (phone.length <= 7) return `${phone.slice(0, 1)}****${phone.slice(-1)}`;
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/** 230231198001011234 → 2302**********1234. */
export function maskIdNumber(id: string | null | undefined): string | null {
  if (!id) return null;
  return `${id.slice(0, 4)}${'*'.repeat(Math.max(0, id.length - 8))}${id.slice(-4)}`;
}
