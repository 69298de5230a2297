/**
 * Strings of the first run (`#/setup`): the household set up in the order the
 * model needs it (carrier and plan, lines, people and devices, a first
 * reading), and the sample family.
 */
export const setup = {
  title: 'Set up your household',
  intro:
    'Four short steps, in the order your bill is built: the carrier and plan, the lines (phone numbers) on it, the people and their devices, and, if you have it, what each line has used so far.',
  stepOf: 'Step {{step}} of {{total}}: {{name}}',
  steps: {
    plan: 'Carrier and plan',
    lines: 'Lines',
    people: 'People and devices',
    reading: 'Usage so far',
  },
  back: 'Back',
  next: 'Next',
  finish: 'Finish and show my plan',
  skipReading: 'Finish without readings',
  saving: 'Saving…',
  sample: {
    offer: 'Just looking? Try it with a sample family first.',
    button: 'Try it with a sample family',
    householdName: 'Sample family (example data)',
    banner: 'This is a sample family with made-up numbers, to look around. Nothing here is yours.',
    delete: 'Delete the sample family',
    deleted: 'The sample family is deleted.',
    planName: 'Family Pool 30',
    /** The sample's names, as a family speaking the UI language would call each other (a teen, a child, a grandmother). */
    people: 'Mom|Dad|Lily|Max|Grandma',
    lines: 'Mom’s number|Dad’s number|Lily’s number|Grandma’s number',
    devices: 'Mom’s iPhone|Dad’s Pixel|Lily’s iPhone|Grandma’s Moto|Max’s iPad|Dad’s work laptop',
  },
  plan: {
    householdName: 'Household name',
    householdNameDefault: 'Our family',
    carrier: 'Carrier',
    carrierHint: 'Pick it from the list, or type the name of any other carrier.',
    catalogPlan: 'Plan from the catalog (optional)',
    catalogPlanHint: 'Picking a plan fills in its terms and prices; you can change them after.',
    noCatalogPlan: 'None: I will enter the terms',
    tier: 'Tier',
    name: 'Plan name',
    kind: 'How the data works',
    kinds: { pool: 'One shared pool for all lines', 'per-line': 'Each line has its own data' },
    poolGB: 'Pool size (GB)',
    cycleStartDay: 'Bill cycle starts on day',
    cycleStartDayHint: 'The day of the month your usage resets (1–31).',
    prices: 'Price per line (US$), by number of lines',
    pricesHint:
      'Separate with commas: “60, 50, 40” means $60 a line for 1 line, $50 for 2, $40 for 3 or more. Optional.',
  },
  lines: {
    count: 'How many lines (phone numbers) are on the plan?',
    name: 'Line {{n}} name',
    owner: 'Whose line is it? (a name)',
    namePlaceholder: 'e.g. Mom’s number',
    ownerPlaceholder: 'e.g. Mom',
    defaultName: '{{owner}}’s number',
    numbered: 'Line {{n}}',
  },
  people: {
    intro:
      'Everyone whose line you entered is here already. Add anyone else, then the devices: several at once, one row each.',
    person: 'Person {{n}}',
    role: 'Role of {{name}}',
    addPerson: 'Add a person',
    devicesHeading: 'Devices',
    deviceName: 'Device {{n}} name',
    deviceKind: 'Kind of device {{n}}',
    deviceOwner: 'Owner of device {{n}}',
    deviceLine: 'Line of device {{n}}',
    deviceGB: 'GB a month of device {{n}}',
    addDevices: 'Add 3 more devices',
    noOwner: 'Nobody in particular',
    noLine: 'No line (Wi-Fi or hotspot)',
    hint: 'Rows without a name are left out.',
  },
  reading: {
    intro:
      'If you know what each line has used so far this cycle (your carrier’s app shows it), enter it and the forecast starts today. You can skip this.',
    usedGB: 'Used so far by {{line}} (GB)',
  },
  errors: {
    required: 'Required.',
    number: 'Enter a number of 0 or more.',
    day: 'Enter a day from 1 to 31.',
    lines: 'Enter 1 to 20 lines.',
    prices: 'Enter prices as numbers separated by commas.',
    pool: 'A shared pool needs its size, more than 0 GB.',
  },
  done: 'Your household is set up.',
};
