/**
 * The pages the built-in catalog cites. `S<n>` ids are those of
 * shared/research/carriers-and-peers.md (reliability as marked there); the
 * others were read through the project's search tool to confirm a parent
 * network that the research left unconfirmed. Only https pages can be cited.
 */
import type { Reliability } from './schema';

export type SourceRef = {
  readonly url: string;
  readonly reliability: Reliability;
  /** The date the page shows, when it shows one (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly date: string | null;
};

/**
 * When the built-in facts were last checked: the date of the research notes
 * and of the confirming look-ups. Unknown facts carry it too, as the date
 * they were looked for and not found.
 */
export const CATALOG_VERIFIED = '2026-11-24';

function src(url: string, reliability: Reliability, date: string | null = null): SourceRef {
  return { url, reliability, date };
}

export const SOURCES = {
  // Google Fi
  S1: src('https://support.google.com/fi/answer/6201699', 'official'),
  S2: src('https://support.google.com/fi/answer/7131470?hl=sk&ref_topic=7206529', 'official'),
  S3: src('https://tickerdossier.com/wiki/google-fi-wireless', 'secondary'),
  S4: src(
    'https://www.upphone.com/cell-phone-plans/google-fi/flexible/google-fi-flexible-plan-with-13-gb-data-for-4-lines-cost-review/',
    'secondary',
  ),
  S5: src('https://gist.github.com/HenryYang/ec233a4952c6c6dff6fa170fc59b5a84', 'secondary', '2019'),
  // Verizon
  S6: src(
    'https://www.verizon.com/support/my-verizon-alerts-and-notifications-faqs/?url=https%3A%2F%2Fwww.verizonwireless.com%2Fsupport%2Fmy-verizon-alerts-and-notifications-faqs%2F',
    'official',
  ),
  S7: src('https://www.verizonwireless.com/support/knowledge-base-20969/', 'official'),
  S10: src(
    'https://www.verizon.com/articles/verizon-unlimited-plans/make-changes-to-your-family-mobile-plan/',
    'official',
  ),
  S11: src('https://www.verizon.com/support/important-plan-information/', 'official', '2025-06-19'),
  S13: src('https://espanol.verizon.com/support/freebee-data-gifting-legal/', 'official'),
  S69: src('https://www.stationwireless.biz/verizon-family-plan', 'low'),
  S70: src(
    'https://myemail.constantcontact.com/New-on-VIDAPAY--Feature-Add-Ons-from-Verizon-Prepaid-.html?soid=1104262351812&aid=SHIgRpicTlk',
    'low',
  ),
  /** Verizon data-usage FAQ (the original of the research's S103 mirror); page dated 2025-01-01. */
  VZ_DATA_FAQ: src('https://www.verizon.com/support/data-usage-faqs/', 'official', '2025-01-01'),
  // T-Mobile
  S15: src('https://www.t-mobile.com/support/plans-features/familymode-app', 'official'),
  S16: src(
    'https://magentapulse.t-mobile.com/us/en/customer-support/features/blocking-and-scam-services/family-allowances',
    'official',
  ),
  S17: src(
    'https://www.t-mobile.com/privacy-center/education-and-resources/family-control?icid=MGPO_TMO_U_PRIVACYCTR_PP8R5JEGA6L9EC723914',
    'official',
  ),
  S58: src('https://coveragecritic.com/t-mobiles-unlimited-plans-compared/', 'secondary'),
  S59: src(
    'https://www.engadget.com/2018/08/06/t-mobile-essentials-unlimited-cell-phone-plan/',
    'secondary',
    '2018-08-06',
  ),
  S61: src('https://www.t-mobile.com/support/plans-features/multi-line-discount-for-prepaid', 'official'),
  // AT&T
  S19: src('https://www.att.com/support/article/wireless/KM1299004/', 'official'),
  S51: src('https://att.com/support/article/wireless/KM1202693', 'official'),
  S52: src(
    'https://www.att.com/shopcms/sharedcontent/en/legal/WirelessOffers/GenericOffers/mobile_share_advantage/jcr:content/desktoplegal/legalsharedcontent.modal.html',
    'official',
  ),
  S54: src('https://www.att.com/legal/terms.service_unltdExtra.html', 'official'),
  S56: src(
    'https://www.androidpolice.com/2019/10/30/att-introduces-three-new-unlimited-plans-solely-defined-by-their-many-many-limits/',
    'secondary',
    '2019-10-30',
  ),
  S57: src(
    'https://pixelation.org/att-unlimited-data-what-most-people-get-wrong-about-your-phone-bill-wpn',
    'low',
    '2026',
  ),
  // Mint
  S37: src('https://www.mintmobile.com/features/mint-family/', 'official'),
  S38: src('https://www.mintmobile.com/mintfamily/', 'official'),
  S39: src('https://www.mintmobile.com/mint-family-terms-conditions/', 'official', '2022-05-02'),
  // US Mobile
  S40: src('https://www.usmobile.com/help/docs/our-plans/core-plans/by-the-gig-plans', 'official'),
  S41: src('https://usmobile.helpdocs.io/account/what-happens-if-i-run-out-of-data', 'official'),
  S42: src('https://usmobile.helpdocs.io/product-support-questions/q-pooled-plans', 'official'),
  S43: src('https://www.usmobile.com/help/docs/billing-and-payments/gift-a-line', 'official'),
  S67: src('https://myluxepro.com/en/unlimited-data-plans-fine-print-that-users-often-overlook', 'secondary'),
  // Spectrum
  S44: src('https://spectrum.com/mobile/plans/data-by-the-gig.html', 'official'),
  /** An older post on Spectrum's own forum: a user's report, not a carrier statement. */
  S45: src('https://forums.timewarnercable.com/t5/Spectrum-Mobile/Plan-amp-Package-Options/td-p/158451', 'secondary'),
  S112: src('https://jeopardylabs.com/print/e63e7a6a2e', 'low'),
  SPECTRUM_LAUNCH: src('https://www.totaltele.com/500518/US-gets-a-new-mobile-provider', 'secondary', '2018-07-05'),
  // Xfinity
  S46: src('https://www.xfinity.com/support/articles/reduced-data-speeds', 'official'),
  S47: src('https://coveragecritic.com/xfinity-mobile-family-plans/', 'secondary'),
  S49: src('https://www.tomsguide.com/uk/us/xfinity-mobile-faq,news-25223.html', 'secondary', '2019'),
  XFINITY_NETWORK: src('https://bgr.com/2017/10/30/charter-wireless-cell-plans-verizon/', 'secondary', '2017-10-30'),
  // Cricket
  S50: src(
    'https://www.cricketwireless.com/support/account-management/add-a-line-of-service/customer/common-questions.html',
    'official',
  ),
  S110: src('https://mycctrepairs.com/cricket-wireless-2', 'low'),
  CRICKET_WIKI: src('https://en.m.wikipedia.org/wiki/Cricket_Wireless', 'secondary'),
  // Visible
  S62: src('https://coveragecritic.com/tag/family-plans/', 'secondary'),
  S63: src('https://www.upphone.com/learn/glossary/carriers-lg/what-is-visible-party-pay/', 'secondary'),
  /** Visible's community forum: a user's question, not a carrier statement. */
  S64: src('https://community.visible.com/t5/Need-help/Specification-on-tos/td-p/70285', 'secondary'),
  S108: src(
    'https://www.businessinsider.com.au/visible-party-pay-unlimited-data-plan-cheap-theres-one-catch-2019-10',
    'secondary',
    '2019-11-01',
  ),
  S109: src('https://9to5google.com/2022/09/08/every-carrier-that-supports-esim/', 'secondary', '2022-09-08'),
  // eSIM roll-out (several carriers)
  S65: src(
    'https://digitaltechblog.com/apples-iphone-14-esim-replacement-has-small-carriers-hopefully-the-switch-will-be-easier/',
    'secondary',
    '2022',
  ),
  S66: src(
    'https://aikenareaprogressive.wordpress.com/2023/03/02/with-all-smartphones-preparing-to-move-to-esim-only-it-is-time-for-att-mobility-dish-t-mobile-and-verizon-to-remove-the-roadblocks-to-adding-esim-for-prepaid-customers',
    'secondary',
    '2023-03-02',
  ),
  // Metro, Mint, Boost, TracFone brands: ownership and networks
  METRO_WIKI: src('https://en.wikipedia.org/wiki/MetroPCS', 'secondary'),
  MINT_NETWORK: src('https://fierce-network.com/wireless/t-mobile-makes-case-fcc-mint-buyout', 'secondary', '2023'),
  BOOST_WIKI: src('https://en.wikipedia.org/wiki/Boost_Mobile', 'secondary'),
  BOOST_2025: src(
    'https://www.techreviewer.com/business-news/2025-08-27-dish-drops-5g-dream-sells-spectrum-to-att-for-23-billion',
    'secondary',
    '2025-08-27',
  ),
  TRACFONE_WIKI: src('https://wikimili.com/wiki/TracFone_Wireless', 'secondary'),
  TOTAL_NAD: src(
    'https://nexisnewswire.com/national-advertising-division-recommends-total-wireless-modify-monthly-pricing-and-free-phone-offer-claims',
    'secondary',
    '2025-02-13',
  ),
  S71: src(
    'https://phonenumberlist8.blogspot.com/2025/08/understanding-total-wireless-data-add.html',
    'low',
    '2025-08',
  ),
  // Prepaid / travel eSIMs (any carrier)
  S80: src('https://cdn.airalo.com/help/using-managing-esims/ZSEEHBT5HW6F/esim-data-validity/HTSOUWA3EA6V', 'official'),
} as const satisfies Record<string, SourceRef>;
