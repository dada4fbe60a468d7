/**
 * Organisations whose one-word names carry no "Inc" or "Council" to tell them from a person's
 * surname ("Facebook said", "Google told"): platforms and companies that news cites as speakers.
 */
export const ORGANISATION_NAMES = new Set(
  `facebook google twitter x apple amazon microsoft meta youtube instagram tiktok whatsapp snapchat
  netflix uber lyft airbnb tesla spacex openai nvidia intel ibm samsung sony toyota boeing airbus
  walmart starbucks mcdonald's exxon shell bp nestle unilever pfizer moderna wikileaks wikipedia
  reddit linkedin spotify paypal visa mastercard nasa nato opec fifa uefa unesco unicef interpol`.split(/\s+/),
);
