export interface Leak {
  line: number;
  kind: string;
}
export declare const LEAK_PATTERNS: ReadonlyArray<{ kind: string; pattern: RegExp }>;
export declare function findLeaks(text: string): Leak[];
