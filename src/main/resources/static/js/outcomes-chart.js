// Outcomes: the weekly morning pain with the meaningful-change line, and the questionnaire scores
// over time. Each canvas[data-outcome-chart] carries its figures in data-chart (OutcomeCharts); the
// table beside it holds the same figures for people who do not see the chart.
(function () {
  'use strict';

  // One colour and one point shape per subscale, so that the lines differ without colour too.
  var SERIES = {
    SYMPTOMS: ['#1d4ed8', 'rect'],
    PAIN: ['#0b5d4b', 'circle'],
    ADL: ['#8a4b00', 'triangle'],
    SPORT_REC: ['#6b21a8', 'rectRot'],
    QOL: ['#334155', 'star'],
    PF: ['#a11d1d', 'crossRot']
  };

  function css(name, fallback) {
    var value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
    return value || fallback;
  }

  function painTrend(canvas, data) {
    var datasets = [{
      label: canvas.getAttribute('data-label-pain'),
      data: data.pain,
      borderColor: css('--brand', '#0b5d4b'),
      backgroundColor: css('--brand', '#0b5d4b'),
      pointRadius: 4,
      spanGaps: true
    }];
    if (data.line !== null) {
      datasets.push({
        label: canvas.getAttribute('data-label-line') + ' ' + data.line,
        data: data.labels.map(function () { return data.line; }),
        borderColor: css('--green', '#166534'),
        borderDash: [6, 4],
        pointStyle: 'line',
        pointRadius: 0,
        fill: false
      });
    }
    return {
      type: 'line',
      data: { labels: data.labels, datasets: datasets },
      options: options({ min: 0, max: 10, ticks: { stepSize: 1 } })
    };
  }

  function scores(data) {
    return {
      type: 'line',
      data: {
        labels: data.labels,
        datasets: data.series.map(function (s) {
          var look = SERIES[s.subscale] || ['#1b2421', 'circle'];
          return {
            label: s.label,
            data: s.scores,
            borderColor: look[0],
            backgroundColor: look[0],
            pointStyle: look[1],
            pointRadius: 5,
            spanGaps: true
          };
        })
      },
      options: options({ min: 0, max: 100, ticks: { stepSize: 25 } }, data.labels.length < 2)
    };
  }

  // offset: a single day sits in the middle of the chart rather than on its left edge
  function options(y, offset) {
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { offset: Boolean(offset) }, y: y },
      plugins: { legend: { labels: { usePointStyle: true } } }
    };
  }

  function draw() {
    if (typeof window.Chart === 'undefined') {
      return;
    }
    var canvases = document.querySelectorAll('canvas[data-outcome-chart]');
    Array.prototype.forEach.call(canvases, function (canvas) {
      var data = JSON.parse(canvas.getAttribute('data-chart'));
      new window.Chart(canvas, data.kind === 'pain-trend' ? painTrend(canvas, data) : scores(data));
      canvas.setAttribute('data-drawn', 'true');
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
}());
