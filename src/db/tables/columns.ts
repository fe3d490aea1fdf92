import type { ColumnType, JSONColumnType } from 'kysely';

// Column types shared by the table types. The Neon driver returns int8 and numeric as strings and timestamps as Date.

/** bigint money column (minor units): read as string, written as number or string. */
export type Money = ColumnType<string, number | string | bigint, number | string | bigint>;

export type NullableMoney = ColumnType<string | null, number | string | bigint | null | undefined, number | string | bigint | null>;

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export type Json<T extends object> = JSONColumnType<T, string, string>;

export type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;

export type TextArray = ColumnType<string[], string[] | undefined, string[]>;
