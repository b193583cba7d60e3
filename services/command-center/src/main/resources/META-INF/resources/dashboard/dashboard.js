// The command centre's screen: figures, alerts and the live event feed of one grid unit's subtree.
// Signed in by the server (Keycloak code flow, session cookie); every call below is same-origin.
'use strict';

const EVENT_NAMES = {
  'grid-registry.GridUnitCreated.v1': '新建网格单元', 'grid-registry.StaffAssigned.v1': '网格人员到岗',
  'grid-registry.HouseholdRegistered.v1': '登记住户',
  'task-dispatch.TaskCreated.v1': '新任务', 'task-dispatch.TaskAssigned.v1': '任务派发', 'task-dispatch.TaskAccepted.v1': '任务接收',
  'task-dispatch.TaskStarted.v1': '开始处置', 'task-dispatch.TaskCompleted.v1': '处置完成', 'task-dispatch.TaskClosed.v1': '核查办结',
  'task-dispatch.TaskEscalated.v1': '逐级上报', 'task-dispatch.TaskReturned.v1': '退回重办', 'task-dispatch.TaskCancelled.v1': '任务撤销',
  'mediation.CaseRegistered.v1': '矛盾纠纷登记', 'mediation.CaseClosed.v1': '调解结案',
  'scoring.PointsCredited.v1': '积分兑现', 'scoring.StarAwarded.v1': '评星', 'scoring.StarRevoked.v1': '摘星',
  'points-store.RedemptionFulfilled.v1': '积分超市兑换'
};
const STATUS_NAMES = { CREATED: '待派发', ASSIGNED: '已派发', ACCEPTED: '已接收', IN_PROGRESS: '处置中', IN_MEDIATION: '调解中', COMPLETED: '待核查' };

const state = { code: null, trail: [], source: null, refresh: null };

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(path + ' answered ' + response.status);
  }
  return response.json();
}

function today() {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

function figure(data, path) {
  return path.split('.').reduce((value, key) => (value == null ? null : value[key]), data);
}

function show(value, format) {
  if (value == null) {
    return '–';
  }
  return format === 'percent' ? (value * 100).toFixed(1) + '%' : String(value);
}

async function open(code) {
  state.code = code;
  const branch = await api('/api/v1/grid-units/' + code);
  const at = state.trail.findIndex(u => u.code === code);
  state.trail = at >= 0 ? state.trail.slice(0, at + 1) : state.trail.concat([branch.unit]);
  renderTrail();
  renderUnit(branch.unit);
  renderChildren(branch.children);
  await refresh();
  follow(code);
  history.replaceState(null, '', '?unit=' + code);
}

function renderTrail() {
  const trail = document.getElementById('trail');
  trail.replaceChildren();
  state.trail.forEach((unit, i) => {
    if (i > 0) {
      trail.append(Object.assign(document.createElement('span'), { className: 'sep', textContent: '›' }));
    }
    const link = Object.assign(document.createElement('a'), { textContent: unit.name, title: levelOf(unit) + ' ' + unit.code });
    link.onclick = () => open(unit.code);
    trail.append(link);
  });
}

// A unit's level as the county names it (the registry's scheme: five levels or, as in the demo county, seven).
function levelOf(unit) {
  return unit.levelName || '';
}

function renderUnit(unit) {
  document.getElementById('unit-name').textContent = unit.name;
  document.getElementById('unit-level').textContent = '当前单元 · ' + (levelOf(unit) || '第' + unit.level + '级');
}

function renderChildren(children) {
  const list = document.getElementById('children');
  list.replaceChildren();
  children.forEach(unit => {
    const item = document.createElement('li');
    const link = Object.assign(document.createElement('a'), { textContent: unit.name, title: unit.code });
    link.onclick = () => open(unit.code);
    const counted = levelOf(unit) + (unit.children ? ' · ' + unit.children + ' 个下级' : '');
    item.append(link, Object.assign(document.createElement('span'), { className: 'count', textContent: counted }));
    list.append(item);
  });
  const levels = [...new Set(children.map(levelOf).filter(name => name))];
  document.getElementById('children-level').textContent = levels.length ? '（' + levels.join('、') + '）' : '';
  if (!children.length) {
    list.append(Object.assign(document.createElement('li'), { textContent: '（最末级单元）' }));
  }
}

async function refresh() {
  const day = today();
  const monthStart = day.slice(0, 8) + '01';
  const [figures, alerts] = await Promise.all([
    api('/api/v1/figures?under=' + state.code + '&from=' + monthStart + '&to=' + day),
    api('/api/v1/task-alerts?under=' + state.code + '&limit=20')
  ]);
  document.getElementById('period').textContent = figures.from + ' 至 ' + figures.to;
  document.querySelectorAll('[data-figure]').forEach(el => {
    el.textContent = show(figure(figures, el.dataset.figure), el.dataset.format);
  });
  renderCharts(figures);
  renderAlerts(alerts.items);
}

let escalationChart;
let mediationChart;

function renderCharts(figures) {
  escalationChart = escalationChart || echarts.init(document.getElementById('chart-escalations'), 'dark');
  mediationChart = mediationChart || echarts.init(document.getElementById('chart-mediation'), 'dark');
  const levels = figures.tasks.escalatedTo.slice(0, -1); // nothing escalates to the lowest level
  escalationChart.setOption({
    backgroundColor: 'transparent', title: { text: '逐级上报（本期）', textStyle: { fontSize: 14 } },
    xAxis: { type: 'category', data: levels.map(e => e.levelNameZh), axisLabel: { interval: 0 } }, yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: levels.map(e => e.count), itemStyle: { color: '#4fc3f7' } }]
  });
  const concluded = figures.cases.successRate != null;
  const rate = concluded ? Math.round(figures.cases.successRate * 1000) / 10 : 0;
  mediationChart.setOption({
    backgroundColor: 'transparent',
    title: { text: '调解成功率（目标 ' + Math.round(figures.cases.successTarget * 100) + '%）', textStyle: { fontSize: 14 } },
    series: [{
      type: 'gauge', min: 0, max: 100, data: [{ value: rate, name: concluded ? '成功率' : '本期暂无结案' }],
      detail: { formatter: concluded ? '{value}%' : '–', fontSize: 20 },
      axisLine: { lineStyle: { width: 12, color: [[figures.cases.successTarget, '#ff8a65'], [1, '#66bb6a']] } }
    }]
  });
}

function renderAlerts(items) {
  const body = document.getElementById('alerts');
  body.replaceChildren();
  items.forEach(a => {
    const row = document.createElement('tr');
    [a.title, a.originCode, a.code, STATUS_NAMES[a.status] || a.status, new Date(a.dueAt).toLocaleString('zh-CN'),
      String(a.escalations), a.ownerName || '（无人承接）'].forEach((text, i) => {
      const cell = Object.assign(document.createElement('td'), { textContent: text });
      if (i === 4 && a.overdue) {
        cell.className = 'overdue';
      }
      row.append(cell);
    });
    body.append(row);
  });
}

// The suite's live events of this subtree; each one refreshes the figures (at most every 300 ms).
function follow(code) {
  if (state.source) {
    state.source.close();
  }
  const live = document.getElementById('live');
  const source = new EventSource('/api/v1/events?under=' + code);
  state.source = source;
  source.onopen = () => { live.textContent = '实时'; live.className = 'live on'; };
  source.onerror = () => { live.textContent = '重连中'; live.className = 'live'; };
  Object.keys(EVENT_NAMES).forEach(type => source.addEventListener(type, event => onEvent(type, event)));
}

function onEvent(type, event) {
  const data = JSON.parse(event.data);
  const item = document.createElement('li');
  item.append(Object.assign(document.createElement('time'), { textContent: new Date(data.time).toLocaleTimeString('zh-CN') }),
    document.createTextNode(EVENT_NAMES[type] + ' · ' + (data.data.title || data.data.name || data.gridcode || '')));
  const feed = document.getElementById('feed');
  feed.prepend(item);
  while (feed.children.length > 100) {
    feed.lastChild.remove();
  }
  clearTimeout(state.refresh);
  state.refresh = setTimeout(refresh, 300);
}

async function start() {
  try {
    const me = await api('/api/v1/me');
    document.getElementById('who').textContent = me.username;
    const wanted = new URLSearchParams(location.search).get('unit');
    await open(wanted || me.scope[0]);
  } catch (e) {
    document.getElementById('who').textContent = '无法加载：' + e.message;
  }
}

start();
