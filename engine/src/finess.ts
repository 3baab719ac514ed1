/**
 * FINESS numbers: 9 characters; departments 2A/2B (Corsica) are accepted on format alone
 * since the Luhn key is computed on digits only; otherwise 9 digits with a valid Luhn key.
 */
export type FinessProblem = 'format' | 'checksum';

export function checkFiness(value: string): FinessProblem | undefined {
  if (/^2[AB]\d{7}$/.test(value)) return undefined;
  if (!/^\d{9}$/.test(value)) return 'format';
  return luhnValid(value) ? undefined : 'checksum';
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}
