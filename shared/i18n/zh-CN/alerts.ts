/** The alerts messages in Simplified Chinese, typed against the English so a missing key fails to compile. */
import type { alerts as en } from '../en/alerts';

export const alerts: typeof en = {
  bell: '提醒',
  bellUnread_one: '提醒，{{count}} 条未读',
  bellUnread_other: '提醒，{{count}} 条未读',
  title: '提醒',
  intro: '每当有改动时，以及 Datapool 运行期间每小时，都会检查一次预计用量。',
  empty: '暂无提醒。快到上限或流量池快用完时，会在这里告诉你。',
  listLabel: '{{household}} 的提醒',
  unread: '新',
  markRead: '标为已读',
  markAllRead: '全部标为已读',
  close: '关闭',
  raisedOn: '{{date}} 提醒',
  severity: { critical: '紧急', warning: '注意', info: '提示' },
  notifications: {
    enable: '开启桌面通知',
    enabled: '已在这个浏览器中开启桌面通知。',
    blocked: '这个浏览器禁止了 Datapool 的通知，请在浏览器的网站设置中允许。',
    unsupported: '这个浏览器不支持通知。',
  },
  settings: {
    heading: '{{household}} 的提醒设置',
    thresholds: '用到上限或流量池的多少时提醒（%）',
    thresholdsHint: '最多 5 个 1 到 100 之间的数字，用逗号隔开，例如 75, 90, 100。',
    thresholdsInvalid: '请填写最多 5 个互不相同的 1 到 100 之间的整数，用逗号隔开。',
    runOutDays: '预计几天内用完时提醒（天）',
    runOutDaysHint: '0 到 31 天。',
    reminderDays: '多少天没有新记录时提醒记录用量（天）',
    reminderDaysHint: '1 到 60 天。',
    save: '保存提醒设置',
    saved: '提醒设置已保存。',
  },
  when: { today: '今天', tomorrow: '明天', inDays: '{{days}} 天后' },
  unknownLine: '某个号码',
  text: {
    poolThreshold: {
      title: '共享流量池已用 {{percent}}',
      body: '本周期全家已用 {{used}}，共享流量池共 {{pool}}。流量池用完后，到下个账单周期前，所有号码都会断网或降到极低速度。',
    },
    limitThreshold: {
      title: '{{line}} 的流量上限已用 {{percent}}',
      bodyCap: '{{line}} 本周期已用 {{used}}，设定的上限是 {{limit}}。到达上限后，这个号码会断网或降到极低速度。',
      bodyData: '{{line}} 本周期已用 {{used}}，套餐包含 {{limit}} 流量。用完后，这个号码会断网或降到极低速度。',
    },
    poolRunsOut: {
      title: '共享流量池预计 {{date}} 用完',
      body: '按现在的速度，{{pool}} 的共享流量池会在 {{date}} 用完，之后到下个账单周期前，所有号码都会断网或降到极低速度。能用 Wi-Fi 时尽量用 Wi-Fi。',
    },
    limitRunsOut: {
      title: '{{line}} 预计 {{date}} 用到流量上限',
      body: '按现在的速度，{{line}} 会在 {{date}} 用到 {{limit}} 的上限，之后会断网或降到极低速度。可以多用 Wi-Fi，或提高上限。',
    },
    priorityPassed: {
      title: '{{line}} 的优先流量已用完',
      body: '{{line}} 已用 {{used}}，超过了 {{premium}} 的优先流量。仍然可以上网，但网络繁忙时可能会被降速。',
    },
    readingReminder: {
      title: '该记录一下用量了',
      body: '最近一次用量记录是 {{date}}，已经过了 {{days}} 天。填上运营商现在显示的数字，预计才会准确。',
    },
  },
};
