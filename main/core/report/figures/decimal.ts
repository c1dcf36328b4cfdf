/**
 * Exact decimal arithmetic on numbers as written. A figure is never rounded: 5615.3 − 854.8 must give
 * "4760.5", not 4760.499999999999, and 5615.3亿元 must normalise to exactly 561530000000元.
 */

interface Decimal {
  /** The digits as an integer: 5615.3 → 56153. */
  readonly units: bigint;
  /** Digits after the decimal point: 5615.3 → 1. */
  readonly scale: number;
}

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?$/;

function parse(text: string): Decimal | null {
  const match = DECIMAL_TEXT.exec(text.replaceAll(',', ''));
  if (!match) return null;
  const fraction = match[3] ?? '';
  const units = BigInt(`${match[2] ?? '0'}${fraction}`);
  return { units: match[1] === '-' ? -units : units, scale: fraction.length };
}

function rescale(decimal: Decimal, scale: number): bigint {
  return decimal.units * 10n ** BigInt(scale - decimal.scale);
}

function format(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

/** a + b or a − b, keeping as many decimals as the more precise operand: "5615.3" − "854.8" → "4760.5". */
export function addDecimalTexts(a: string, b: string, sign: 1 | -1): string | null {
  const left = parse(a);
  const right = parse(b);
  if (!left || !right) return null;
  const scale = Math.max(left.scale, right.scale);
  const sum = rescale(left, scale) + BigInt(sign) * rescale(right, scale);
  return format(sum, scale);
}

/** text × 10^power, exactly: ("5615.3", 8) → "561530000000". */
export function shiftDecimalText(text: string, power: number): string | null {
  const decimal = parse(text);
  if (!decimal) return null;
  const scale = decimal.scale - power;
  if (scale <= 0) return format(decimal.units * 10n ** BigInt(-scale), 0);
  return trimZeros(format(decimal.units, scale));
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}
