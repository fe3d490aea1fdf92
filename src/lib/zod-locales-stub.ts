// zod re-exports every locale as `z.locales`; this API answers in English only (zod's default, configured
// by zod itself from its own `en` module), so the bundle leaves the other locales out.
export {};
