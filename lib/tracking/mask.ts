// Masks phone numbers on screen: keeps the first two and last two digits (06 •• •• •• 78).
export function maskPhone(phone: string | undefined): string {
  const digits = (phone ?? '').replace(/\D/g, '');
  if (!digits) return '';
  if (digits.length <= 4) return '•'.repeat(digits.length);
  const middle = Math.max(0, digits.length - 4);
  const hidden = '•'.repeat(middle).replace(/(••)(?=•)/g, '$1 ');
  return `${digits.slice(0, 2)} ${hidden} ${digits.slice(-2)}`;
}
