import { exponentOf } from './currency';

/** A market as the Worker keeps it: what choosing one and showing its prices need. */
export interface Market {
  id: number;
  handle: string;
  name: string;
  currency: string;
  countries: string[];
  taxInclusive: boolean;
  defaultLocale: string;
  isActive: boolean;
  isDefault: boolean;
}

/** The market a response was answered in, as the API shows it. */
export function describeMarket(m: Market) {
  return {
    handle: m.handle,
    name: m.name,
    currency: m.currency,
    currency_exponent: exponentOf(m.currency),
    tax_inclusive: m.taxInclusive,
    locale: m.defaultLocale,
  };
}
