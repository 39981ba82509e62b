// Rule item ids offered as suggestions (rulebook data: SKB 2/2022 Lampiran II, PP 94/2021 Art. 5 n,
// UU 20/2023). Suggestions only: any id of the rulebook may be typed; the server validates it.
export const RULE_ID_SUGGESTIONS: readonly string[] = [
  ...Array.from({ length: 7 }, (_, i) => `skb-e0${i + 1}`),
  ...Array.from({ length: 12 }, (_, i) => `skb-d${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 7 }, (_, i) => `pp94-n${i + 1}`),
  'uu20-party-ptdh',
];
