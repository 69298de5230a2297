/**
 * Strings of alerts: the bell and its list, the alert settings, browser
 * notifications, and the text of each alert (also used by the desktop
 * notifications of the Electron shell). Each alert says which kind of bound
 * it is about: a limit where data stops or crawls, priority data after which
 * the line may slow when the network is busy, or the shared pool.
 */
export const alerts = {
  bell: 'Alerts',
  bellUnread_one: 'Alerts, {{count}} unread',
  bellUnread_other: 'Alerts, {{count}} unread',
  title: 'Alerts',
  intro: 'Datapool checks the forecast whenever something changes and every hour while it runs.',
  empty: 'No alerts. Datapool tells you here when a limit or the pool gets close.',
  listLabel: 'Alerts of {{household}}',
  unread: 'New',
  markRead: 'Mark as read',
  markAllRead: 'Mark all as read',
  close: 'Close',
  raisedOn: 'Raised {{date}}',
  severity: { critical: 'Urgent', warning: 'Warning', info: 'Good to know' },
  notifications: {
    enable: 'Show desktop notifications',
    enabled: 'Desktop notifications are on for this browser.',
    blocked: 'This browser blocks notifications from Datapool; allow them in the browser’s site settings.',
    unsupported: 'This browser cannot show notifications.',
  },
  settings: {
    heading: 'Alert settings for {{household}}',
    thresholds: 'Alert at these shares of a limit or the pool (%)',
    thresholdsHint: 'Up to 5 numbers from 1 to 100, separated by commas, for example 75, 90, 100.',
    thresholdsInvalid: 'Enter up to 5 different whole numbers from 1 to 100, separated by commas.',
    runOutDays: 'Alert when data would run out within (days)',
    runOutDaysHint: 'From 0 to 31 days.',
    reminderDays: 'Remind me to enter a reading after (days)',
    reminderDaysHint: 'From 1 to 60 days without a new reading.',
    save: 'Save alert settings',
    saved: 'Alert settings saved.',
  },
  when: { today: 'today', tomorrow: 'tomorrow', inDays: 'in {{days}} days' },
  unknownLine: 'A line',
  text: {
    poolThreshold: {
      title: '{{percent}} of the shared pool used',
      body: 'The family has used {{used}} of its {{pool}} pool this cycle. When the pool is used up, every line’s data stops or slows to a crawl until the bill resets.',
    },
    limitThreshold: {
      title: '{{line}}: {{percent}} of its data limit used',
      bodyCap:
        '{{line}} has used {{used}} of its {{limit}} cap this cycle. At the cap its data stops or slows to a crawl.',
      bodyData:
        '{{line}} has used {{used}} of the {{limit}} of data its plan includes this cycle. After that its data stops or slows to a crawl.',
    },
    poolRunsOut: {
      title: 'The shared pool may run out {{when}}',
      body: 'At the current pace the {{pool}} pool is used up on {{date}}; after that every line’s data stops or slows to a crawl until the bill resets. Use Wi-Fi where you can.',
    },
    limitRunsOut: {
      title: '{{line}} may reach its data limit {{when}}',
      body: 'At the current pace {{line}} reaches its {{limit}} limit on {{date}}; then its data stops or slows to a crawl. Use Wi-Fi or raise the limit.',
    },
    priorityPassed: {
      title: '{{line}} has used its priority data',
      body: '{{line}} has used {{used}}, past its {{premium}} of priority data. It keeps working, but may be slowed when the network is busy.',
    },
    readingReminder: {
      title: 'Time for a new usage reading',
      body: 'The newest reading is from {{date}}, {{days}} days ago. Enter what the carrier shows now so the forecast stays right.',
    },
  },
};
