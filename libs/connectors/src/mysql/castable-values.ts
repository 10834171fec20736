const SIGNED: Record<string, readonly [bigint, bigint]> = {
  tinyint: [-128n, 127n],
  smallint: [-32768n, 32767n],
  mediumint: [-8388608n, 8388607n],
  int: [-2147483648n, 2147483647n],
  integer: [-2147483648n, 2147483647n],
  bigint: [-9223372036854775808n, 9223372036854775807n],
};
const UNSIGNED_MAX: Record<string, bigint> = {
  tinyint: 255n,
  smallint: 65535n,
  mediumint: 16777215n,
  int: 4294967295n,
  integer: 4294967295n,
  bigint: 18446744073709551615n,
};

/**
 * The identity values a MySQL column can hold. MySQL compares "abc" to an integer column as 0 (a
 * match for row 0, someone else's), so a value the type cannot hold is left out, never sent.
 */
export function castableMysqlValues(
  dataType: string,
  columnType: string,
  values: readonly string[],
): string[] {
  const range = SIGNED[dataType];
  if (range) {
    const [min, max] = columnType.includes('unsigned') ? [0n, UNSIGNED_MAX[dataType]!] : range;
    return values.filter((value) => {
      const trimmed = value.trim();
      if (!/^[+-]?\d+$/.test(trimmed)) return false;
      const number = BigInt(trimmed);
      return number >= min && number <= max;
    });
  }
  if (['decimal', 'numeric', 'float', 'double', 'real'].includes(dataType))
    return values.filter((value) => /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value.trim()));
  return [...values];
}
