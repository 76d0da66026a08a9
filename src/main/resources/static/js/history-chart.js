// "What went wrong": weekly volume bars and the acute:chronic ratio line, with the weeks that hold a
// finding marked. The figures come from the canvas's data-chart attribute; the table beside it holds
// the same figures for people who do not see the chart.
(function () {
  'use strict';

  function draw() {
    var canvas = document.getElementById('history-chart');
    if (!canvas || typeof window.Chart === 'undefined') {
      return;
    }
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var flagged = data.findings.map(function (n) { return n > 0; });
    var styles = getComputedStyle(document.documentElement);
    var accent = styles.getPropertyValue('--brand').trim() || '#0b5d4b';
    var warn = styles.getPropertyValue('--red').trim() || '#a11d1d';
    var ink = styles.getPropertyValue('--ink').trim() || '#1b2421';
    new window.Chart(canvas, {
      data: {
        labels: data.labels,
        datasets: [
          {
            type: 'bar',
            label: canvas.getAttribute('data-label-volume'),
            data: data.volume,
            yAxisID: 'volume',
            backgroundColor: flagged.map(function (f) { return f ? warn : accent; }),
            order: 2
          },
          {
            type: 'line',
            label: canvas.getAttribute('data-label-ratio'),
            data: data.ratio,
            yAxisID: 'ratio',
            borderColor: ink,
            backgroundColor: ink,
            pointStyle: flagged.map(function (f) { return f ? 'triangle' : 'circle'; }),
            pointRadius: flagged.map(function (f) { return f ? 7 : 3; }),
            spanGaps: false,
            order: 1
          }
        ]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          volume: { type: 'linear', position: 'left', beginAtZero: true },
          ratio: { type: 'linear', position: 'right', beginAtZero: true, suggestedMax: 2,
                   grid: { drawOnChartArea: false } }
        },
        plugins: {
          // The key above the chart explains the colours; Chart.js's own legend would paint the
          // volume bars in the first bar's colour, red when the first week holds a finding.
          legend: { display: false },
          tooltip: {
            callbacks: {
              footer: function (items) {
                var i = items[0].dataIndex;
                return data.findings[i] > 0 ? canvas.getAttribute('data-label-flag') + ': ' + data.findings[i] : '';
              }
            }
          }
        }
      }
    });
    canvas.setAttribute('data-drawn', 'true');
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
}());
