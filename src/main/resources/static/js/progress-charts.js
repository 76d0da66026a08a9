// The progress page: each canvas[data-progress-chart] carries its figures in data-chart
// (ProgressCharts) and its words in data-label-* attributes; the table below it holds the same
// figures for people who do not see the chart. Bands and lines (the guard band, the phases, the
// pain zones, the ratio lines) are drawn by the small plugin below: no annotation plugin is served.
(function () {
  'use strict';

  function css(name, fallback) {
    var value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
    return value || fallback;
  }

  var GREEN = css('--green', '#166534');
  var AMBER = css('--amber', '#8a4b00');
  var RED = css('--red', '#a11d1d');
  var INK = css('--ink', '#1b2421');
  var BRAND = css('--brand', '#0b5d4b');
  var SOFT = css('--ink-soft', '#48554f');

  // Phases as a strip under the bars: one tint each, told apart in the table by name.
  var PHASES = { SETTLE: '#7aa7d6', RETURN: '#a58fd6', MAINTAIN: '#8cc18c', BUILD: '#d6b27a' };
  // Strength lines: a colour each, cycled.
  var LINES = [BRAND, '#1d4ed8', '#8a4b00', '#6b21a8', '#334155', '#a11d1d', '#0e7490', '#4d7c0f'];

  // Draws, before the datasets, the bands and lines listed in options.plugins.bands:
  //   { y: [from, to], color } a horizontal band across the chart (a zone);
  //   { y: value, color, dash } a horizontal line;
  //   { perIndex: [[from, to] | null, ...], color } a band per category (the guard band);
  //   { strip: [color, ...] } a strip per category along the bottom of the chart (the phases).
  var bands = {
    id: 'bands',
    beforeDatasetsDraw: function (chart, args, options) {
      var items = (options && options.items) || [];
      var area = chart.chartArea;
      var x = chart.scales.x;
      var ctx = chart.ctx;
      ctx.save();
      items.forEach(function (item) {
        var y = chart.scales[item.axis || 'y'];
        if (item.strip) {
          var h = 10;
          item.strip.forEach(function (color, i) {
            var w = x.getPixelForValue(1) - x.getPixelForValue(0) || area.width;
            ctx.fillStyle = color;
            ctx.fillRect(x.getPixelForValue(i) - w / 2, area.bottom - h, w, h);
          });
        } else if (item.perIndex) {
          ctx.fillStyle = item.color;
          item.perIndex.forEach(function (range, i) {
            if (!range) { return; }
            var w = x.getPixelForValue(1) - x.getPixelForValue(0) || area.width / 2;
            var top = y.getPixelForValue(range[1]);
            var bottom = y.getPixelForValue(range[0]);
            ctx.fillRect(x.getPixelForValue(i) - w / 2, top, w, bottom - top);
          });
        } else if (Array.isArray(item.y)) {
          var t = Math.max(area.top, y.getPixelForValue(item.y[1]));
          var b = Math.min(area.bottom, y.getPixelForValue(item.y[0]));
          ctx.fillStyle = item.color;
          ctx.fillRect(area.left, t, area.right - area.left, b - t);
        } else {
          var py = y.getPixelForValue(item.y);
          if (py < area.top || py > area.bottom) { return; }
          ctx.strokeStyle = item.color;
          ctx.lineWidth = 1.5;
          ctx.setLineDash(item.dash || []);
          ctx.beginPath();
          ctx.moveTo(area.left, py);
          ctx.lineTo(area.right, py);
          ctx.stroke();
          ctx.setLineDash([]);
        }
      });
      ctx.restore();
    }
  };

  function label(canvas, name) {
    return canvas.getAttribute('data-label-' + name);
  }

  function lightColour(light) {
    return light === 'RED' ? RED : light === 'AMBER' ? AMBER : light === 'GREEN' ? GREEN : SOFT;
  }

  function options(extra) {
    var small = window.matchMedia && window.matchMedia('(max-width: 40rem)').matches;
    var o = {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: { x: { ticks: { autoSkip: true, maxRotation: 0, autoSkipPadding: 8 } } },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: small ? 8 : 12, font: { size: small ? 11 : 12 } } },
        bands: { items: [] }
      }
    };
    Object.keys(extra.scales || {}).forEach(function (k) { o.scales[k] = Object.assign(o.scales[k] || {}, extra.scales[k]); });
    o.plugins.bands.items = extra.bands || [];
    return o;
  }

  function volume(canvas, data) {
    var guard = data.guardFrom.map(function (from, i) {
      return from === null ? null : [from, data.guardTo[i]];
    });
    var datasets = [
      { type: 'bar', label: label(canvas, 'volume'), data: data.volume,
        backgroundColor: data.lights.map(lightColour), order: 3 },
      { type: 'line', label: label(canvas, 'dose'), data: data.dose, borderColor: INK, backgroundColor: INK,
        pointRadius: 3, spanGaps: false, order: 1 }
    ];
    if (data.goal !== null) {
      datasets.push({ type: 'line', label: label(canvas, 'goal'), data: data.labels.map(function () { return data.goal; }),
        borderColor: BRAND, borderDash: [6, 4], pointRadius: 0, pointStyle: 'line', order: 2 });
    }
    return {
      data: { labels: data.labels, datasets: datasets },
      options: options({
        scales: { y: { beginAtZero: true } },
        bands: [
          { perIndex: guard, color: 'rgba(22, 101, 52, 0.22)' },
          { strip: data.phases.map(function (p) { return PHASES[p] || '#e5e7eb'; }) }
        ]
      })
    };
  }

  function pain(canvas, data) {
    return {
      data: {
        labels: data.labels,
        datasets: [
          { type: 'line', label: label(canvas, 'during'), data: data.during, yAxisID: 'y', showLine: false,
            borderColor: INK, backgroundColor: INK, pointStyle: 'circle', pointRadius: 4, order: 1 },
          { type: 'line', label: label(canvas, 'after'), data: data.after, yAxisID: 'y', showLine: false,
            borderColor: '#1d4ed8', backgroundColor: '#1d4ed8', pointStyle: 'triangle', pointRadius: 5, order: 1 },
          { type: 'line', label: label(canvas, 'morning'), data: data.morning, yAxisID: 'y', showLine: false,
            borderColor: '#6b21a8', backgroundColor: '#6b21a8', pointStyle: 'rectRot', pointRadius: 5, order: 1 },
          { type: 'bar', label: label(canvas, 'volume'), data: data.volume, yAxisID: 'load',
            backgroundColor: 'rgba(11, 93, 75, 0.35)', order: 2 }
        ]
      },
      options: options({
        scales: {
          y: { min: 0, max: 10, ticks: { stepSize: 2 }, position: 'left' },
          load: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false } }
        },
        bands: data.amberPain === null ? [] : [
          { y: [data.amberPain - 0.5, data.redPain - 0.5], color: 'rgba(138, 75, 0, 0.10)' },
          { y: [data.redPain - 0.5, 10], color: 'rgba(161, 29, 29, 0.10)' }
        ]
      })
    };
  }

  function ratio(canvas, data) {
    var max = Math.max.apply(null, [1.8].concat(data.ratio.filter(function (r) { return r !== null; })));
    return {
      data: {
        labels: data.labels,
        datasets: [
          { type: 'line', label: label(canvas, 'ratio'), data: data.ratio, borderColor: INK, backgroundColor: INK,
            pointRadius: 0, borderWidth: 2, spanGaps: false },
          { type: 'line', label: label(canvas, 'under') + ' ' + data.under, data: [], borderColor: '#1d4ed8',
            borderDash: [4, 4], pointStyle: 'line' },
          { type: 'line', label: label(canvas, 'caution') + ' ' + data.caution, data: [], borderColor: AMBER,
            borderDash: [6, 4], pointStyle: 'line' },
          { type: 'line', label: label(canvas, 'high') + ' ' + data.high, data: [], borderColor: RED,
            pointStyle: 'line' }
        ]
      },
      options: options({
        scales: { y: { min: 0, suggestedMax: Math.ceil(max * 10) / 10 } },
        bands: [
          { y: data.under, color: '#1d4ed8', dash: [4, 4] },
          { y: data.caution, color: AMBER, dash: [6, 4] },
          { y: data.high, color: RED }
        ]
      })
    };
  }

  function withFooter(o, footer) {
    o.plugins.tooltip = { callbacks: { footer: footer } };
    return o;
  }

  function strength(canvas, data) {
    return {
      data: {
        labels: data.labels,
        datasets: data.series.map(function (s, n) {
          var colour = LINES[n % LINES.length];
          return {
            type: 'line', label: s.label + (s.measure === 'kg' ? '' : ' (' + label(canvas, s.measure) + ')'),
            data: s.measure === 'kg' ? s.load : s.count, yAxisID: s.measure === 'kg' ? 'y' : 'count',
            borderColor: colour, backgroundColor: colour, spanGaps: true, borderDash: s.measure === 'kg' ? [] : [5, 3],
            pointStyle: s.change.map(function (c) { return c === 'PROGRESSION' || c === 'REGRESSION' ? 'triangle' : 'circle'; }),
            pointRotation: s.change.map(function (c) { return c === 'REGRESSION' ? 180 : 0; }),
            pointRadius: s.change.map(function (c) { return c ? 7 : 3; })
          };
        })
      },
      options: withFooter(options({ scales: {
        y: { beginAtZero: true, title: { display: true, text: label(canvas, 'kg') } },
        count: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false },
                 display: data.series.some(function (s) { return s.measure !== 'kg'; }),
                 title: { display: true, text: label(canvas, 'count') } }
      } }), function (items) {
        var s = data.series[items[0].datasetIndex];
        var c = s.change[items[0].dataIndex];
        var v = s.variant[items[0].dataIndex];
        return (v || '') + (c ? ' \u2013 ' + label(canvas, c === 'PROGRESSION' ? 'up' : 'down') : '');
      })
    };
  }

  function adherence(canvas, data) {
    return {
      data: {
        labels: data.labels,
        datasets: [
          { type: 'bar', label: label(canvas, 'sessions'), data: data.doneSessions, backgroundColor: BRAND, order: 2 },
          { type: 'bar', label: label(canvas, 'strength'), data: data.doneStrength, backgroundColor: '#6b21a8', order: 2 },
          { type: 'line', label: label(canvas, 'planned-sessions'), data: data.plannedSessions, borderColor: BRAND,
            borderDash: [6, 4], pointRadius: 0, pointStyle: 'line', order: 1, stepped: 'middle' },
          { type: 'line', label: label(canvas, 'planned-strength'), data: data.plannedStrength, borderColor: '#6b21a8',
            borderDash: [2, 3], pointRadius: 0, pointStyle: 'line', order: 1, stepped: 'middle' }
        ]
      },
      options: options({ scales: { y: { beginAtZero: true, ticks: { stepSize: 1 } } } })
    };
  }

  function months(canvas, data) {
    return {
      data: {
        labels: data.labels,
        datasets: [
          { type: 'bar', label: label(canvas, 'volume'), data: data.volume,
            backgroundColor: data.redWeeks.map(function (r) { return r > 0 ? RED : BRAND; }) }
        ]
      },
      options: options({ scales: { y: { beginAtZero: true } } })
    };
  }

  var KINDS = { volume: volume, pain: pain, ratio: ratio, strength: strength, adherence: adherence, months: months };

  function draw() {
    if (typeof window.Chart === 'undefined') {
      return;
    }
    var canvases = document.querySelectorAll('canvas[data-progress-chart]');
    Array.prototype.forEach.call(canvases, function (canvas) {
      var data = JSON.parse(canvas.getAttribute('data-chart'));
      var kind = KINDS[data.kind];
      if (!kind) {
        return;
      }
      var config = kind(canvas, data);
      config.plugins = [bands];
      new window.Chart(canvas, config);
      canvas.setAttribute('data-drawn', 'true');
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
}());
