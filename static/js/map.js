// The lab's map block (regions/blocks.py): each region with its number of practices from
// /api/v2/lab/map/, the table of the same regions, and a region's information panel.
// Without this script the table, rendered on the server, and the region pages carry the
// same content. On the practice database the map follows the filters in the page's URL.
(function () {
  "use strict";

  var ESCAPE = "Escape";

  function format(text, values) {
    return text.replace(/%\((\w+)\)s/g, function (match, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match;
    });
  }

  function element(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    (children || []).forEach(function (child) {
      node.append(child);
    });
    return node;
  }

  function LabMap(root) {
    this.root = root;
    this.config = JSON.parse(document.getElementById(root.dataset.labMap).textContent);
    this.texts = this.config.texts;
    this.canvas = root.querySelector("[data-map-canvas]");
    this.status = root.querySelector("[data-map-status]");
    this.rows = root.querySelector("[data-map-rows]");
    this.panel = root.querySelector("[data-map-panel]");
    this.panelTitle = root.querySelector("[data-map-panel-title]");
    this.panelBody = root.querySelector("[data-map-panel-body]");
    this.features = {};
    this.markers = {};
    this.opener = null;
  }

  // The map API's parameters: the block's filters, replaced facet by facet by the
  // visitor's own on the practice database (as the server does for the table).
  LabMap.prototype.params = function () {
    var config = this.config;
    var visitor = config.follow_search ? new URLSearchParams(window.location.search) : null;
    var params = new URLSearchParams();
    params.set("locale", config.locale);
    config.followed_params.forEach(function (name) {
      var values = visitor
        ? visitor.getAll(name).filter(function (value) {
            return value.trim();
          })
        : [];
      if (!values.length) {
        values = config.defaults[name] || [];
      }
      values.forEach(function (value) {
        params.append(name, value);
      });
    });
    return params;
  };

  LabMap.prototype.start = function () {
    var self = this;
    var config = this.config;
    this.canvas.hidden = false;
    this.root.querySelectorAll("[data-map-js]").forEach(function (node) {
      node.hidden = false;
    });
    this.map = L.map(this.canvas, { scrollWheelZoom: false, minZoom: 2, maxZoom: 12 });
    if (config.view) {
      this.map.setView([config.view.lat, config.view.lng], config.view.zoom);
    } else {
      this.map.setView([50, 10], 4);
    }
    if (config.tiles.url) {
      // Without a reachable tile server the map still shows the regions on a plain ground.
      L.tileLayer(config.tiles.url, {
        attribution: config.tiles.attribution,
        referrerPolicy: config.tiles.referrerPolicy || false,
        maxZoom: 18,
      }).addTo(this.map);
    }
    this.layer = L.layerGroup().addTo(this.map);

    this.panel.querySelector("[data-map-close]").addEventListener("click", function () {
      self.close();
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === ESCAPE && !self.panel.hidden) {
        event.preventDefault();
        self.close();
      }
    });
    this.rows.addEventListener("click", function (event) {
      var button = event.target.closest("[data-map-show]");
      if (button) {
        self.open(button.dataset.mapShow, button);
      }
    });
    window.addEventListener("popstate", function () {
      self.load();
    });
    // The search page can announce new filters without reloading the page.
    document.addEventListener("lab:search-changed", function () {
      self.load();
    });
    this.load();
  };

  LabMap.prototype.load = function () {
    var self = this;
    this.root.dataset.state = "loading";
    this.query = this.params();
    return fetch(this.config.api + "?" + this.query.toString(), {
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("map API answered " + response.status);
        }
        return response.json();
      })
      .then(function (collection) {
        // A practice can run in several regions: a map of some regions shows only those.
        var chosen = self.query.getAll("region");
        self.draw(
          collection.features.filter(function (feature) {
            return !chosen.length || chosen.indexOf(feature.properties.region) !== -1;
          })
        );
        self.root.dataset.state = "ready";
      })
      .catch(function () {
        // The server-rendered table stays as it was: it still lists the regions.
        self.status.textContent = self.texts.unavailable;
        self.root.dataset.state = "error";
      });
  };

  LabMap.prototype.practicesText = function (count) {
    return format(count === 1 ? this.texts.practices_one : this.texts.practices_other, {
      count: count,
    });
  };

  LabMap.prototype.practicesUrl = function (slug) {
    if (!this.config.practice_index) {
      return null;
    }
    var params = new URLSearchParams(this.query);
    params.delete("locale");
    params.delete("region");
    params.append("region", slug);
    return this.config.practice_index + "?" + params.toString();
  };

  LabMap.prototype.draw = function (features) {
    var self = this;
    var bounds = [];
    this.layer.clearLayers();
    this.features = {};
    this.markers = {};
    this.rows.replaceChildren();
    features.forEach(function (feature) {
      var properties = feature.properties;
      var slug = properties.region;
      var latLng = [feature.geometry.coordinates[1], feature.geometry.coordinates[0]];
      var label = format(self.texts.marker, {
        region: properties.title,
        practices: self.practicesText(properties.count),
      });
      var profile = self.config.regions[slug] || {};
      self.features[slug] = feature;
      bounds.push(latLng);

      if (profile.boundary) {
        L.geoJSON(profile.boundary, { style: { color: "#0b5cad", weight: 2, fillOpacity: 0.08 } })
          .on("click", function () {
            self.open(slug, self.markers[slug].getElement());
          })
          .addTo(self.layer);
      }
      var icon = L.divIcon({
        className: "lab-map-marker" + (properties.partner ? " lab-map-marker-partner" : ""),
        html:
          '<span aria-hidden="true"></span><span class="visually-hidden"></span>',
        iconSize: null,
      });
      var marker = L.marker(latLng, { icon: icon, keyboard: true, riseOnHover: true });
      // The region's name on hover and on keyboard focus: without tiles it says where it is.
      marker.bindTooltip(properties.title, { direction: "top", offset: [0, -16] });
      marker.on("add", function () {
        var node = marker.getElement();
        node.firstChild.textContent = properties.count;
        node.lastChild.textContent = label;
        node.dataset.region = slug;
      });
      marker.on("click", function () {
        self.open(slug, marker.getElement());
      });
      marker.on("keypress", function (event) {
        var key = event.originalEvent.key;
        if (key === "Enter" || key === " ") {
          event.originalEvent.preventDefault();
          self.open(slug, marker.getElement());
        }
      });
      marker.addTo(self.layer);
      self.markers[slug] = marker;
      self.rows.append(self.tableRow(properties));
    });

    if (!features.length) {
      this.status.textContent = this.texts.empty;
      this.rows.append(
        element("tr", {}, [element("td", { colspan: "3", class: "missing" }, [this.texts.empty])])
      );
    } else {
      this.status.textContent = format(this.texts.summary, { regions: features.length });
      if (!this.config.view) {
        this.map.fitBounds(bounds, { padding: [40, 40], maxZoom: 7 });
      }
    }
    if (!this.panel.hidden) {
      var shown = this.panel.dataset.region;
      if (this.features[shown]) {
        this.fillPanel(shown);
      } else {
        this.close();
      }
    }
  };

  LabMap.prototype.tableRow = function (properties) {
    var title = element("a", { href: properties.url }, [properties.title]);
    var heading = element("th", { scope: "row" }, [title]);
    if (properties.partner) {
      heading.append(" ", element("span", { class: "partner-badge" }, [this.texts.partner]));
    }
    var practicesUrl = this.practicesUrl(properties.region);
    var count = practicesUrl
      ? element("a", { href: practicesUrl }, [String(properties.count)])
      : String(properties.count);
    var button = element("button", { type: "button", class: "secondary" }, [
      this.texts.show,
      element("span", { class: "visually-hidden" }, [": " + properties.title]),
    ]);
    button.dataset.mapShow = properties.region;
    return element("tr", { "data-region": properties.region }, [
      heading,
      element("td", {}, [count]),
      element("td", {}, [button]),
    ]);
  };

  LabMap.prototype.open = function (slug, opener) {
    if (!this.features[slug]) {
      return;
    }
    this.opener = opener || document.activeElement;
    this.fillPanel(slug);
    this.panel.hidden = false;
    var latLng = this.markers[slug].getLatLng();
    if (!this.map.getBounds().contains(latLng)) {
      this.map.panTo(latLng);
    }
    this.panelTitle.focus();
  };

  LabMap.prototype.close = function () {
    this.panel.hidden = true;
    delete this.panel.dataset.region;
    if (this.opener && document.contains(this.opener)) {
      this.opener.focus();
    }
    this.opener = null;
  };

  LabMap.prototype.statisticValue = function (statistic) {
    var locale = this.config.locale;
    if (statistic.unit === "percent") {
      return (
        new Intl.NumberFormat(locale, {
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        }).format(statistic.value) + " %"
      );
    }
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(statistic.value);
  };

  LabMap.prototype.statisticsTable = function (properties, profile) {
    var self = this;
    var texts = this.texts;
    var byIndicator = {};
    (properties.statistics || []).forEach(function (statistic) {
      byIndicator[statistic.indicator] = statistic;
    });
    // Three columns, not the region page's four: the panel is narrow.
    var missing = function () {
      return element("td", { colspan: "2", class: "missing" }, [texts.not_available]);
    };
    var rows = this.config.indicators.map(function (indicator) {
      var statistic = byIndicator[indicator.indicator];
      var cells = statistic
        ? [
            element("td", {}, [self.statisticValue(statistic)]),
            element("td", {}, [format(texts.source_year, statistic)]),
          ]
        : [missing()];
      return element("tr", {}, [element("th", { scope: "row" }, [indicator.label])].concat(cells));
    });
    rows.push(
      element("tr", {}, [
        element("th", { scope: "row" }, [texts.urban_rural]),
        profile.urban_rural
          ? element("td", { colspan: "2" }, [profile.urban_rural])
          : missing(),
      ])
    );
    var head = element("tr", {}, [texts.indicator, texts.value, texts.source_and_year].map(
      function (text) {
        return element("th", { scope: "col" }, [text]);
      }
    ));
    return element("table", { class: "statistics" }, [
      element("caption", {}, [texts.statistics]),
      element("thead", {}, [head]),
      element("tbody", {}, rows),
    ]);
  };

  LabMap.prototype.fillPanel = function (slug) {
    var texts = this.texts;
    var properties = this.features[slug].properties;
    var profile = this.config.regions[slug] || {};
    var body = [];
    this.panel.dataset.region = slug;
    this.panelTitle.textContent = properties.title;
    if (properties.partner) {
      body.push(element("p", { class: "kind" }, [texts.partner]));
    }
    body.push(element("p", { class: "region-panel-count" }, [this.practicesText(properties.count)]));
    body.push(
      element("p", {}, [
        properties.mipex_r_url
          ? element("a", { href: properties.mipex_r_url, class: "region-panel-mipex" }, [
              texts.mipex,
            ])
          : texts.mipex_missing,
      ])
    );
    body.push(element("h4", {}, [texts.responsible_body]));
    body.push(
      profile.responsible_body
        ? element("p", {}, [profile.responsible_body])
        : element("p", { class: "missing" }, [texts.not_available])
    );
    body.push(this.statisticsTable(properties, profile));
    body.push(element("h4", {}, [texts.practices]));
    var list = element("ul", { class: "region-panel-practices" }, []);
    body.push(list);
    var practicesUrl = this.practicesUrl(slug);
    if (practicesUrl) {
      body.push(
        element("p", {}, [
          element("a", { href: practicesUrl, class: "region-panel-all" }, [
            format(texts.practices_more, { count: properties.count, region: properties.title }),
          ]),
        ])
      );
    }
    body.push(
      element("p", {}, [element("a", { href: properties.url }, [texts.region_page])])
    );
    this.panelBody.replaceChildren.apply(this.panelBody, body);
    this.listPractices(slug, list);
  };

  // The practices themselves come from the search API, under the same filters.
  LabMap.prototype.listPractices = function (slug, list) {
    var self = this;
    var params = new URLSearchParams(this.query);
    params.delete("region");
    params.append("region", slug);
    params.set("page_size", "10");
    fetch(this.config.search_api + "?" + params.toString(), {
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        return response.ok ? response.json() : { results: [] };
      })
      .then(function (body) {
        if (self.panel.dataset.region !== slug) {
          return;
        }
        list.replaceChildren.apply(
          list,
          body.results.map(function (result) {
            return element("li", {}, [element("a", { href: result.url }, [result.title])]);
          })
        );
      })
      .catch(function () {
        // The link to all of the region's practices below the list still works.
      });
  };

  function startAll() {
    if (typeof L === "undefined") {
      return; // Leaflet did not load: the table and the region pages remain.
    }
    document.querySelectorAll("[data-lab-map]").forEach(function (root) {
      if (root.dataset.state === "static") {
        new LabMap(root).start();
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", startAll);
  } else {
    startAll();
  }
})();
