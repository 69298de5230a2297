/**
 * Strings of the app frame: navigation, shared buttons, language and theme,
 * the household switcher, undo notices and units. Chinese is written for
 * people reading it, not word-for-word from the English.
 */
const en = {
  app: {
    name: 'Datapool',
  },
  nav: {
    label: 'Pages',
    household: 'Household',
    plans: 'Plans',
  },
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    undo: 'Undo',
    edit: 'Edit',
    editNamed: 'Edit {{name}}',
    deleteNamed: 'Delete {{name}}',
    dismiss: 'Dismiss',
    retry: 'Try again',
    actions: 'Actions',
  },
  language: {
    label: 'Language',
    en: 'English',
    'zh-CN': '简体中文',
  },
  theme: {
    label: 'Theme',
    light: 'Light',
    dark: 'Dark',
    system: 'System',
  },
  households: {
    switcherLabel: 'Household: {{name}}',
    noneSelected: 'No household',
    defaultName: 'My household',
    nameLabel: 'Name',
    listLabel: 'Households',
    new: 'New household…',
    rename: 'Rename household…',
    delete: 'Delete household…',
    createTitle: 'New household',
    createDescription: 'Keep a separate set of members, devices and plan — for another family, or to try a what-if.',
    renameTitle: 'Rename household',
    renameDescription: 'The new name shows in the household switcher.',
    deleteTitle: 'Delete “{{name}}”?',
    deleteBody: 'Its members, devices, plan and lines are removed with it. You can undo this right afterwards.',
    noneTitle: 'No household yet',
    noneBody: 'A household holds the people, devices and plan Datapool plans for. Create one to begin.',
    create: 'Create household',
  },
  undo: {
    regionLabel: 'Notifications',
    deleted: {
      member: 'Deleted member “{{name}}”.',
      device: 'Deleted device “{{name}}”.',
      line: 'Deleted line “{{name}}”.',
      household: 'Deleted household “{{name}}”.',
    },
    hint: 'Changed your mind? Press Undo or Ctrl+Z.',
    hintMac: 'Changed your mind? Press Undo or ⌘Z.',
  },
  status: {
    loading: 'Loading…',
    bootFailed: 'Datapool could not load your data.',
  },
  units: {
    unlimited: 'Unlimited',
  },
  form: {
    emptyIsUnlimited: 'Leave empty for no limit.',
    problems: 'Please fix the marked fields.',
  },
  browserMode: {
    title: 'Open the printed address',
    needsToken: 'Open the address Datapool printed when it started (it carries the access token).',
  },
  openLink: {
    title: 'Open a web page',
    message: 'Open a page on {{host}} in your web browser?',
    detail: 'The full address is:\n{{url}}\n\nOpen it only if you trust {{host}}.',
    open: 'Open in browser',
    cancel: 'Cancel',
  },
};

const zhCN: typeof en = {
  app: {
    name: 'Datapool',
  },
  nav: {
    label: '页面',
    household: '家庭',
    plans: '套餐',
  },
  actions: {
    save: '保存',
    cancel: '取消',
    delete: '删除',
    undo: '撤销',
    edit: '编辑',
    editNamed: '编辑 {{name}}',
    deleteNamed: '删除 {{name}}',
    dismiss: '关闭',
    retry: '重试',
    actions: '操作',
  },
  language: {
    label: '语言',
    en: 'English',
    'zh-CN': '简体中文',
  },
  theme: {
    label: '主题',
    light: '浅色',
    dark: '深色',
    system: '跟随系统',
  },
  households: {
    switcherLabel: '当前家庭：{{name}}',
    noneSelected: '未选择家庭',
    defaultName: '我的家庭',
    nameLabel: '名称',
    listLabel: '家庭列表',
    new: '新建家庭…',
    rename: '重命名家庭…',
    delete: '删除家庭…',
    createTitle: '新建家庭',
    createDescription: '单独保存一套成员、设备和套餐——可以给另一个家庭用，也可以用来试算不同方案。',
    renameTitle: '重命名家庭',
    renameDescription: '新名称会显示在家庭切换菜单里。',
    deleteTitle: '删除“{{name}}”？',
    deleteBody: '这个家庭的成员、设备、套餐和号码会一起删除。删除后可以马上撤销。',
    noneTitle: '还没有家庭',
    noneBody: 'Datapool 按家庭来规划：一个家庭包括成员、设备和套餐。先创建一个吧。',
    create: '创建家庭',
  },
  undo: {
    regionLabel: '通知',
    deleted: {
      member: '已删除成员“{{name}}”。',
      device: '已删除设备“{{name}}”。',
      line: '已删除号码“{{name}}”。',
      household: '已删除家庭“{{name}}”。',
    },
    hint: '删错了？点“撤销”或按 Ctrl+Z。',
    hintMac: '删错了？点“撤销”或按 ⌘Z。',
  },
  status: {
    loading: '正在加载…',
    bootFailed: 'Datapool 无法读取你的数据。',
  },
  units: {
    unlimited: '不限',
  },
  form: {
    emptyIsUnlimited: '留空表示不限。',
    problems: '请修改标出的内容。',
  },
  browserMode: {
    title: '请打开启动时显示的地址',
    needsToken: '请打开 Datapool 启动时显示的那个地址（地址里带有访问令牌）。',
  },
  openLink: {
    title: '打开网页',
    message: '要在浏览器中打开 {{host}} 上的网页吗？',
    detail: '完整地址：\n{{url}}\n\n只有在你信任 {{host}} 时才打开。',
    open: '在浏览器中打开',
    cancel: '取消',
  },
};

export const commonMessages = { en, 'zh-CN': zhCN };
