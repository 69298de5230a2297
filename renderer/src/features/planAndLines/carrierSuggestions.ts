/** The built-in carrier ids, with the brand each stands for (brand names are not translated). */
export const CARRIER_SUGGESTIONS: readonly { id: string; brand: string }[] = [
  { id: 'verizon', brand: 'Verizon' },
  { id: 'att', brand: 'AT&T' },
  { id: 'tmobile', brand: 'T-Mobile' },
  { id: 'visible', brand: 'Visible' },
  { id: 'cricket', brand: 'Cricket Wireless' },
  { id: 'metro', brand: 'Metro by T-Mobile' },
  { id: 'boost', brand: 'Boost Mobile' },
  { id: 'mint', brand: 'Mint Mobile' },
  { id: 'usmobile', brand: 'US Mobile' },
  { id: 'googlefi', brand: 'Google Fi' },
  { id: 'straighttalk', brand: 'Straight Talk' },
  { id: 'total', brand: 'Total Wireless' },
  { id: 'spectrum', brand: 'Spectrum Mobile' },
  { id: 'xfinity', brand: 'Xfinity Mobile' },
  { id: 'consumercellular', brand: 'Consumer Cellular' },
];
