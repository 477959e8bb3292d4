// dealgraph's front page: draws the chart of facts and funding per month from the figures the server put in
// the chart's data attribute, with ECharts (served from its WebJar by this server).
(function () {
  'use strict';
  const place = document.getElementById('chart');
  if (!place || typeof echarts === 'undefined') { return; }
  const data = JSON.parse(place.dataset.chart);
  const series = Object.keys(data.facts).map(function (kind) {
    return { name: kind, type: 'bar', stack: 'facts', data: data.facts[kind] };
  });
  series.push({ name: 'funding (USD)', type: 'line', yAxisIndex: 1, data: data.fundingUsd });
  const chart = echarts.init(place, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 50, right: 80, top: 60, bottom: 40 },
    xAxis: { type: 'category', data: data.months },
    yAxis: [
      { type: 'value', name: 'facts', minInterval: 1 },
      { type: 'value', name: 'USD', axisLabel: { formatter: function (v) {
        return v >= 1e9 ? (v / 1e9) + ' bn' : v >= 1e6 ? (v / 1e6) + ' m' : v;
      } } }
    ],
    series: series
  });
  place.dataset.drawn = String(data.months.length);
  window.addEventListener('resize', function () { chart.resize(); });
}());
