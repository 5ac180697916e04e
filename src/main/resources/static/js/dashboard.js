// The dashboard's charts and its clickable table rows. The charts' data arrives in a fragment after the page
// shows (and again with every refresh of the wall screen); the charts stay in place and take the new data.
(function () {
  var charts = {};

  function wall() {
    return document.querySelector('.dashboard-wall') !== null;
  }

  function chartBox(group) {
    var id = 'chart-' + group;
    var box = document.getElementById(id);
    if (!box) {
      box = document.createElement('div');
      box.id = id;
      box.className = 'dashboard-chart';
      document.getElementById('dashboard-charts').appendChild(box);
    }
    return box;
  }

  function option(chart, dates) {
    var large = wall();
    return {
      backgroundColor: 'transparent',
      animation: false,
      title: { text: chart.title, textStyle: { fontSize: large ? 22 : 15 } },
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: large ? 34 : 26, textStyle: { fontSize: large ? 16 : 12 } },
      grid: { left: 8, right: 16, top: large ? 80 : 64, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: dates.map(function (d) { return d.slice(5); }),
        axisLabel: { fontSize: large ? 14 : 11 } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: large ? 14 : 11 } },
      series: chart.series.map(function (s) {
        return { id: s.key, name: s.name, type: s.type, data: s.values, showSymbol: s.type === 'line' };
      })
    };
  }

  function draw(holder) {
    if (typeof echarts === 'undefined') { return; }
    var data = JSON.parse(holder.getAttribute('data-charts'));
    var seen = {};
    data.charts.forEach(function (chart) {
      seen[chart.group] = true;
      var instance = charts[chart.group];
      if (!instance) {
        instance = echarts.init(chartBox(chart.group), wall() ? 'dark' : null);
        charts[chart.group] = instance;
      }
      instance.setOption(option(chart, data.dates), { replaceMerge: ['series'] });
    });
    Object.keys(charts).forEach(function (group) {
      if (!seen[group]) {
        charts[group].dispose();
        delete charts[group];
        var box = document.getElementById('chart-' + group);
        if (box) { box.remove(); }
      }
    });
    var all = document.getElementById('dashboard-charts');
    all.setAttribute('data-drawn', String(Number(all.getAttribute('data-drawn') || '0') + 1));
  }

  document.addEventListener('htmx:afterSettle', function (e) {
    var holder = document.getElementById('dashboard-history-data');
    if (holder && e.target && e.target.id === 'dashboard-history') { draw(holder); }
  });

  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (group) { charts[group].resize(); });
  });

  // A row opens the dashboard of its area, as its name's link does.
  document.addEventListener('click', function (e) {
    if (!e.target.closest || e.target.closest('a')) { return; }
    var row = e.target.closest('tr[data-href]');
    if (row) { window.location.assign(row.getAttribute('data-href')); }
  });
})();
