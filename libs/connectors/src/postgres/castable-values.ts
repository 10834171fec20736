const INTEGER_RANGES: Record<string, readonly [bigint, bigint]> = {
  int2: [-32768n, 32767n],
  int4: [-2147483648n, 2147483647n],
  int8: [-9223372036854775808n, 9223372036854775807n],
};
const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/**
 * The identity values a column of type `typeName` can hold. A subject's `user_id` of "abc"
 * matches no integer key, and sending it would fail the whole task on the cast; it is left out.
 * Types not listed here take every value (text, citext, varchar…).
 */
export function castableValues(typeName: string, values: readonly string[]): string[] {
  const range = INTEGER_RANGES[typeName];
  if (range) {
    return values.filter((value) => {
      const trimmed = value.trim();
      if (!/^[+-]?\d+$/.test(trimmed)) return false;
      const number = BigInt(trimmed);
      return number >= range[0] && number <= range[1];
    });
  }
  if (typeName === 'numeric' || typeName === 'float4' || typeName === 'float8') {
    return values.filter((value) => value.trim() !== '' && Number.isFinite(Number(value)));
  }
  if (typeName === 'uuid') return values.filter((value) => UUID.test(value.trim()));
  return [...values];
}
