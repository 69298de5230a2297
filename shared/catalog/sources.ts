/**
 * The pages the built-in catalog cites, with the title each page shows, the
 * date the page itself shows (when it shows one) and how far to trust it:
 * `official` = the carrier's own page (support, legal, plan pages);
 * `press` = news, reviews, Wikipedia, a carrier forum; `low` = SEO or
 * AI-written pages, dealer pages, copied terms, resellers' files. Only https
 * pages can be cited.
 */
import type { Reliability } from './schema';

export type SourceRef = {
  readonly url: string;
  readonly title: string;
  readonly reliability: Reliability;
  /** The date the page shows, when it shows one (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly date: string | null;
  /** When its quotes were last read against the page; the catalog's date when not given. */
  readonly checked?: string;
};

/**
 * When the built-in facts were last checked against their sources. Unknown
 * facts carry it too, as the date they were looked for and not found.
 */
export const CATALOG_VERIFIED = '2026-12-07';

function src(url: string, title: string, reliability: Reliability, date: string | null = null): SourceRef {
  return { url, title, reliability, date };
}

export const SOURCES = {
  // Google Fi
  FI_BILL_PROTECTION: src(
    'https://support.google.com/fi/answer/6201699',
    "Find your Flexible Plan's Bill Protection data level",
    'official',
  ),
  FI_GROUP: src(
    'https://support.google.com/fi/answer/7131470?hl=sk&ref_topic=7206529',
    'Add a group plan on Google Fi',
    'official',
  ),
  FI_SPEED: src('https://support.google.com/fi/answer/9462101', 'About data speed limits', 'official'),
  FI_SPEED_OLD: src(
    'https://support.google.com/fi/answer/9462101?hl=en',
    'About data speed limits (older version)',
    'official',
  ),
  FI_WIKI: src('https://en.wikipedia.org/wiki/Google_Fi_Wireless', 'Google Fi Wireless — Wikipedia', 'press'),
  FI_TICKER: src('https://tickerdossier.com/wiki/google-fi-wireless', 'Google Fi Wireless (wiki copy)', 'low'),
  FI_UPPHONE: src(
    'https://www.upphone.com/cell-phone-plans/google-fi/flexible/google-fi-flexible-plan-with-13-gb-data-for-4-lines-cost-review/',
    'Google Fi Flexible plan cost review',
    'press',
  ),
  // Verizon
  VZ_ALERTS: src(
    'https://www.verizon.com/support/my-verizon-alerts-and-notifications-faqs/',
    'My Verizon alerts and notifications FAQs',
    'official',
  ),
  VZ_USAGE_CONTROLS: src('https://www.verizonwireless.com/support/knowledge-base-20969/', 'Usage Controls', 'official'),
  VZ_FAMILY: src(
    'https://www.verizon.com/articles/verizon-unlimited-plans/make-changes-to-your-family-mobile-plan/',
    "How to make changes to your family's mobile plan",
    'official',
  ),
  VZ_PLAN_INFO: src(
    'https://www.verizon.com/support/important-plan-information/',
    'Important Plan Information',
    'official',
    '2025-06-19',
  ),
  VZ_GIFTS: src(
    'https://espanol.verizon.com/support/freebee-data-gifting-legal/',
    'Regalo de datos - Términos y condiciones (Data Gifts)',
    'official',
  ),
  VZ_DATA_FAQ: src('https://www.verizon.com/support/data-usage-faqs/', 'Data usage FAQs', 'official', '2025-01-01'),
  VZ_PREPAID_FAMILY: src(
    'https://www.verizon.com/support/prepaid-family-account-faqs/',
    'Prepaid Family Account FAQs',
    'official',
  ),
  VZ_PREPAID_DEALER: src(
    'https://www.stationwireless.biz/verizon-family-plan',
    'verizon family plan (dealer page)',
    'low',
  ),
  VZ_PREPAID_HOTSPOT: src(
    'https://myemail.constantcontact.com/New-on-VIDAPAY--Feature-Add-Ons-from-Verizon-Prepaid-.html?soid=1104262351812&aid=SHIgRpicTlk',
    'New on VIDAPAY: Feature Add-Ons from Verizon Prepaid (dealer email)',
    'low',
  ),
  // T-Mobile
  TMO_FAMILYMODE: src('https://www.t-mobile.com/support/plans-features/familymode-app', 'FamilyMode app', 'official'),
  TMO_ALLOWANCES: src('https://support.t-mobile.com/docs/DOC-1725', 'Family Allowances', 'official'),
  TMO_FAMILY_CONTROL: src(
    'https://www.t-mobile.com/privacy-center/education-and-resources/family-control',
    'Family control',
    'official',
  ),
  TMO_EXPERIENCE: src(
    'https://theverysoon.com/category/t-mobile-price-guarantee',
    "T-Mobile's latest price lock is nearly meaningless (Ars Technica, reposted)",
    'press',
    '2025',
  ),
  TMO_COVERAGECRITIC: src(
    'https://coveragecritic.com/t-mobiles-unlimited-plans-compared/',
    "T-Mobile's unlimited plans compared",
    'press',
  ),
  TMO_ESSENTIALS_2018: src(
    'https://www.engadget.com/2018/08/06/t-mobile-essentials-unlimited-cell-phone-plan/',
    "T-Mobile's Essentials plan (Engadget)",
    'press',
    '2018-08-06',
  ),
  TMO_PREPAID_MULTILINE: src(
    'https://www.t-mobile.com/support/plans-features/multi-line-discount-for-prepaid',
    'Multi-line discount for prepaid',
    'official',
  ),
  // AT&T
  ATT_BLOCK: src('https://www.att.com/support/article/wireless/KM1299004/', 'Block or pause data (myAT&T)', 'official'),
  ATT_PREPAID_MULTILINE: src(
    'https://att.com/support/article/wireless/KM1202693',
    'AT&T Prepaid Multi-Line discount',
    'official',
  ),
  ATT_MOBILE_SHARE: src(
    'https://www.att.com/shopcms/sharedcontent/en/legal/WirelessOffers/GenericOffers/mobile_share_advantage/jcr:content/desktoplegal/legalsharedcontent.modal.html',
    'Mobile Share Advantage offer details',
    'official',
  ),
  ATT_EXTRA_TERMS: src(
    'https://www.att.com/legal/terms.service_unltdExtra.html',
    'AT&T Unlimited Extra terms',
    'official',
  ),
  ATT_2019: src(
    'https://www.androidpolice.com/2019/10/30/att-introduces-three-new-unlimited-plans-solely-defined-by-their-many-many-limits/',
    'AT&T introduces three new unlimited plans (Android Police)',
    'press',
    '2019-10-30',
  ),
  ATT_SL_EL_PL: src(
    'https://pixelation.org/att-unlimited-data-what-most-people-get-wrong-about-your-phone-bill-wpn',
    'AT&T unlimited data: what most people get wrong',
    'low',
    '2026',
  ),
  ATT_BUILD_A_PLAN: src(
    'https://www.att.com/ai-instructions/build-a-plan.md',
    'AT&T Build-A-Plan',
    'official',
    '2026-06-04',
  ),
  ATT_ROLLOVER_MOVE: src(
    'https://www.att.com/support/article/wireless/KM1009069/',
    'Rollover Data when a line moves (myAT&T support)',
    'official',
  ),
  ATT_ROLLOVER: src('https://www.att.com/shop/wireless/rollover-data.html', 'Rollover Data', 'official'),
  ATT_4GB: src('https://www.att.com/support/article/wireless/KM1409222/', 'AT&T 4GB plan', 'official'),
  // Mint
  MINT_FEATURES: src('https://www.mintmobile.com/features/mint-family/', 'Create and Manage a Mint Family', 'official'),
  MINT_FAMILY: src('https://www.mintmobile.com/mintfamily/', 'Mint Family', 'official'),
  MINT_MANAGE: src(
    'https://www.mintmobile.com/help/how-do-i-manage-my-mint-family/',
    'How do I manage my Mint Family?',
    'official',
  ),
  // US Mobile
  USM_BY_THE_GIG: src(
    'https://www.usmobile.com/help/docs/our-plans/core-plans/by-the-gig-plans',
    'By-the-gig plans',
    'official',
  ),
  USM_ACTIVATE: src(
    'https://www.usmobile.com/help/docs/getting-started/activate-or-transfer-number',
    'Activate or transfer your number',
    'official',
  ),
  USM_RUN_OUT: src(
    'https://usmobile.helpdocs.io/account/what-happens-if-i-run-out-of-data',
    'What happens if I run out of data in my Pooled Plan?',
    'official',
  ),
  USM_POOLS: src(
    'https://usmobile.helpdocs.io/product-support-questions/q-pooled-plans',
    'What are Pooled Plans?',
    'official',
  ),
  USM_GIFT: src('https://www.usmobile.com/help/docs/billing-and-payments/gift-a-line', 'Gift a line', 'official'),
  USM_FINE_PRINT: src(
    'https://myluxepro.com/en/unlimited-data-plans-fine-print-that-users-often-overlook',
    'Unlimited data plans: fine print that users often overlook',
    'press',
  ),
  USM_NETWORKS: src(
    'https://networkscrutiny.com/guides/us-mobile-qci-levels-explained-warp-light-speed-dark-star',
    'US Mobile QCI levels explained: Warp, Light Speed, Dark Star',
    'press',
    '2026-05-15',
  ),
  // Spectrum
  SPECTRUM_BTG: src(
    'https://spectrum.com/mobile/plans/data-by-the-gig.html',
    'Spectrum Mobile By the Gig Data Plans',
    'official',
  ),
  SPECTRUM_FORUM: src(
    'https://forums.timewarnercable.com/t5/Spectrum-Mobile/Plan-amp-Package-Options/td-p/158451',
    'Plan & Package Options (Spectrum community, moderator post)',
    'press',
  ),
  SPECTRUM_QUIZ: src('https://jeopardylabs.com/print/e63e7a6a2e', 'Spectrum plans quiz (jeopardylabs)', 'low'),
  // Xfinity
  XFINITY_SPEEDS: src(
    'https://www.xfinity.com/support/articles/reduced-data-speeds',
    'Reduced data speeds',
    'official',
  ),
  XFINITY_FAMILY: src(
    'https://coveragecritic.com/xfinity-mobile-family-plans/',
    'Xfinity Mobile family plans',
    'press',
  ),
  XFINITY_OLD_PRICES: src(
    'https://coveragecritic.com/tag/xfinity-mobile',
    'Xfinity Mobile (coveragecritic tag page)',
    'press',
  ),
  XFINITY_TOMS: src(
    'https://www.tomsguide.com/uk/us/xfinity-mobile-faq,news-25223.html',
    "Xfinity Mobile FAQ (Tom's Guide)",
    'press',
    '2019-11-15',
  ),
  // Cricket
  CRICKET_ADD_LINE: src(
    'https://www.cricketwireless.com/support/account-management/add-a-line-of-service/customer/common-questions.html',
    'Add a line: common questions',
    'official',
  ),
  CRICKET_USAGE: src(
    'https://espanol.cricketwireless.com/ayuda/administraci%C3%B3n-de-cuenta/10hbd/ver-uso-de-datos.html',
    'Ver uso de datos (Cricket, in Spanish)',
    'official',
  ),
  CRICKET_COPIED_TERMS: src('https://mycctrepairs.com/cricket-wireless-2', 'Cricket Wireless (copied terms)', 'low'),
  CRICKET_WIKI: src('https://wikimili.com/en/Cricket_Wireless', 'Cricket Wireless (Wikipedia copy)', 'press'),
  // Visible
  VISIBLE_PARTY_TERMS: src(
    'https://www.visible.com/legal/supplemental-terms/mobile/',
    'Party Pay Terms & Conditions',
    'official',
  ),
  VISIBLE_PARTY_END: src(
    'https://community.visible.com/t5/Need-help/Party-pay-invites-until-10-18-22/td-p/26517',
    'Party pay invites until 10/18/22? (Visible community)',
    'press',
    '2022',
  ),
  VISIBLE_UPPHONE: src(
    'https://www.upphone.com/learn/glossary/carriers-lg/what-is-visible-party-pay/',
    'What Is Visible Party Pay?',
    'press',
  ),
  VISIBLE_PRO_FORUM: src(
    'https://community.visible.com/t5/Need-help/Specification-on-tos/td-p/70285',
    'Specification on tos (Visible community, a member question)',
    'low',
  ),
  VISIBLE_ESIM: src(
    'https://9to5google.com/2022/09/08/every-carrier-that-supports-esim/',
    'Every carrier that supports eSIM (9to5Google)',
    'press',
    '2022-09-08',
  ),
  // eSIM roll-out (several carriers)
  ESIM_SMALL_CARRIERS: src(
    'https://digitaltechblog.com/apples-iphone-14-esim-replacement-has-small-carriers-hopefully-the-switch-will-be-easier/',
    "Apple's iPhone 14 eSIM replacement has small carriers hopeful",
    'press',
    '2022',
  ),
  ESIM_PREPAID: src(
    'https://aikenareaprogressive.wordpress.com/2023/03/02/with-all-smartphones-preparing-to-move-to-esim-only-it-is-time-for-att-mobility-dish-t-mobile-and-verizon-to-remove-the-roadblocks-to-adding-esim-for-prepaid-customers',
    'Time for AT&T, Dish, T-Mobile and Verizon to remove the roadblocks to eSIM for prepaid (blog)',
    'low',
    '2023-03-02',
  ),
  // Ownership and networks
  METRO_WIKI: src('https://wikimili.com/en/Metro_by_T-Mobile', 'Metro by T-Mobile (Wikipedia copy)', 'press'),
  MINT_NETWORK: src(
    'https://fierce-network.com/wireless/t-mobile-makes-case-fcc-mint-buyout',
    'T-Mobile makes case to FCC for Mint buyout',
    'press',
    '2023',
  ),
  BOOST_HYBRID: src(
    'https://particle.news/story/att-to-buy-23-billion-of-echostar-spectrum-to-expand-5g-reach',
    'AT&T to buy $23 billion of EchoStar spectrum',
    'press',
    '2025',
  ),
  TOTAL_ADDONS: src(
    'https://phonenumberlist8.blogspot.com/2025/08/understanding-total-wireless-data-add.html',
    'Understanding Total Wireless data add-ons (blog)',
    'low',
    '2025-08',
  ),
  SPECTRUM_NETWORK: src(
    'https://visualfoodie.com/an-explanation-of-every-spectrum-phone-plan',
    'An explanation of every Spectrum phone plan (blog)',
    'low',
    '2026',
  ),
  // Prepaid / travel eSIMs (any carrier): a reseller's help file, not a carrier page
  AIRALO_VALIDITY: src(
    'https://cdn.airalo.com/help/using-managing-esims/ZSEEHBT5HW6F/esim-data-validity/HTSOUWA3EA6V',
    'eSIM data validity (Airalo help file)',
    'low',
  ),
} as const satisfies Record<string, SourceRef>;
