#!/usr/bin/python3
"""QGIS's WFS provider (Debian python3-qgis, headless) as a real client of an Ecocorridor server.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 qgis_wfs_client.py CONFIG.json REPORT.json

CONFIG gives the server ("base_url"), the paging layer and page size, the editable layer and the
editor's credentials, and the edit to make. The script reports what QGIS saw as JSON in REPORT;
QgisWfsClientTest (JUnit) compares that with independent references (the demo files, the REST
export). It only fails by itself (exit 2) when QGIS cannot start. It does:

1. every feature type of the WFS 2.0.0 capabilities: validity, QGIS's error text, geometry type,
   provider feature count, the features actually read (count, extent, field names, attributes);
2. one MultiPolygon layer again with version 'auto', '1.1.0' and '1.0.0';
3. the paging layer with pagingEnabled/pageSize: every feature read, QGIS ids and the layer's own
   running number, and the GetFeature requests QGIS sent (STARTINDEX shows the pages);
4. WFS-T as the editor: add a MultiPolygon feature, change an attribute, delete a feature,
   commitChanges(), QGIS's commit errors.
"""
import json
import sys
import urllib.request
import xml.etree.ElementTree as ET

from qgis.core import (Qgis, QgsApplication, QgsFeature, QgsFeatureRequest, QgsGeometry, QgsNetworkAccessManager,
                       QgsNetworkRequestParameters, QgsProviderRegistry, QgsRectangle, QgsVectorDataProvider, QgsVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, QVariant

WFS20 = "{http://www.opengis.net/wfs/2.0}"
# Small layers are reported feature by feature; bigger ones only in summary.
ATTRIBUTES_UP_TO = 1000


def wfs_uri(base_url, type_name, version="2.0.0", **extra):
    """A QGIS WFS data source URI: key='value' pairs (QgsDataSourceUri syntax)."""
    params = {"url": base_url + "/wfs", "typename": type_name, "version": version, "srsname": "EPSG:4326",
              "restrictToRequestBBOX": "0"}
    params.update(extra)
    return " ".join("%s='%s'" % (k, str(v).replace("'", "\\'")) for k, v in params.items())


def plain(value):
    """A JSON-friendly form of an attribute value (QGIS gives QVariant NULL, QDate, QDateTime...)."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDate):
        return value.toString(Qt.ISODate)  # 2024-05-01, as our GeoJSON reader prints a LocalDate
    if isinstance(value, (QDateTime, QTime)):
        return value.toString(Qt.ISODateWithMs)
    return value


# QGIS's own messages (the WFS provider logs its errors under the tag "WFS"), newest last.
LOG = []


def layer_errors(layer):
    """The layer's errors and the QGIS log lines written since the previous call (QgsError.summary() crashes
    QGIS 3.22 when empty, hence messageList)."""
    QCoreApplication.processEvents()  # log lines from the provider's download thread arrive queued
    messages = [m.message() for m in layer.error().messageList()] + LOG
    LOG.clear()
    return [m for m in messages if m]


def read_layer(base_url, type_name, version="2.0.0", with_attributes=True, **extra):
    layer = QgsVectorLayer(wfs_uri(base_url, type_name, version, **extra), type_name, "WFS")
    out = {"typeName": type_name, "version": version, "valid": layer.isValid(), "errors": layer_errors(layer)}
    if not layer.isValid():
        return out
    extent = QgsRectangle()
    extent.setMinimal()
    features = []
    count = 0
    fids = set()
    for f in layer.getFeatures():
        count += 1
        fids.add(f.id())
        if f.hasGeometry():
            extent.combineExtentWith(f.geometry().boundingBox())
        if with_attributes and len(features) < ATTRIBUTES_UP_TO:
            features.append({"attributes": {k: plain(v) for k, v in zip(f.fields().names(), f.attributes())},
                             "geometryType": QgsWkbTypes.displayString(f.geometry().wkbType())
                             if f.hasGeometry() else None})
    layer.updateExtents()
    out.update({
        "geometryType": QgsWkbTypes.displayString(layer.wkbType()),
        "providerFeatureCount": layer.dataProvider().featureCount(),
        "featuresRead": count,
        "distinctIds": len(fids),
        "fields": layer.fields().names(),
        "extent": [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()] if count else None,
        "layerExtent": [layer.extent().xMinimum(), layer.extent().yMinimum(),
                        layer.extent().xMaximum(), layer.extent().yMaximum()],
        "errors": layer_errors(layer),
    })
    if with_attributes:
        out["features"] = features
    return out


def capabilities_type_names(base_url):
    """The FeatureTypeList of the 2.0.0 capabilities, read with plain XML (not QGIS)."""
    url = base_url + "/wfs?SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=2.0.0"
    with urllib.request.urlopen(url, timeout=60) as r:
        root = ET.parse(r).getroot()
    return [e.text for e in root.iter(WFS20 + "Name")
            if e.text and e.text.startswith("eco:")]


def page_through(base_url, config, requests_seen):
    before = len(requests_seen)
    # pageSize sets COUNT per GetFeature (our CountDefault, 100,000, would fetch the layer in one page);
    # maxNumFeatures would cap the whole download, so it stays unset.
    layer = QgsVectorLayer(wfs_uri(base_url, config["typeName"], "2.0.0", pagingEnabled="true",
                                   pageSize=config["pageSize"]), "paging", "WFS")
    out = {"valid": layer.isValid(), "errors": layer_errors(layer)}
    if not layer.isValid():
        return out
    key = config["keyField"]
    fids, keys, count = set(), set(), 0
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes([key], layer.fields())
    for f in layer.getFeatures(request):
        count += 1
        fids.add(f.id())
        keys.add(f[key])
    QCoreApplication.processEvents()  # deliver the request signals queued from the downloader thread
    get_features = [u for u in requests_seen[before:] if "GETFEATURE" in u.upper()]
    out.update({"featuresRead": count, "distinctIds": len(fids), "distinctKeys": len(keys),
                "minKey": min(keys) if keys else None, "maxKey": max(keys) if keys else None,
                "providerFeatureCount": layer.dataProvider().featureCount(),
                "getFeatureRequests": get_features, "errors": layer_errors(layer)})
    return out


def edit(base_url, config):
    layer = QgsVectorLayer(wfs_uri(base_url, config["typeName"], "2.0.0", username=config["user"],
                                   password=config["password"]), "edit", "WFS")
    out = {"valid": layer.isValid(), "errors": layer_errors(layer)}
    if not layer.isValid():
        return out
    caps = layer.dataProvider().capabilities()
    out["capabilities"] = {name: bool(caps & flag) for name, flag in [
        ("addFeatures", QgsVectorDataProvider.AddFeatures),
        ("changeAttributeValues", QgsVectorDataProvider.ChangeAttributeValues),
        ("deleteFeatures", QgsVectorDataProvider.DeleteFeatures)]}
    key = config["keyField"]
    by_key = {f[key]: f.id() for f in layer.getFeatures()}
    out["startEditing"] = layer.startEditing()
    added = QgsFeature(layer.fields())
    for name, value in config["add"]["attributes"].items():
        added[name] = value
    added.setGeometry(QgsGeometry.fromWkt(config["add"]["wkt"]))
    out["addFeature"] = layer.addFeature(added)
    change = config["change"]
    out["changeAttributeValue"] = layer.changeAttributeValue(
        by_key[change["key"]], layer.fields().indexOf(change["field"]), change["value"])
    out["deleteFeature"] = layer.deleteFeature(by_key[config["delete"]["key"]])
    out["commitChanges"] = layer.commitChanges()
    out["commitErrors"] = layer.commitErrors()
    out["errors"] = layer_errors(layer)
    return out


def main(config_path, report_path):
    with open(config_path, encoding="utf-8") as f:
        config = json.load(f)
    base_url = config["base_url"]
    app = QgsApplication([], False)
    app.initQgis()
    if "WFS" not in QgsProviderRegistry.instance().providerList():
        print("QGIS has no WFS provider", file=sys.stderr)
        sys.exit(2)
    QgsApplication.messageLog().messageReceived.connect(
        lambda message, tag, level: LOG.append("%s: %s" % (tag, message)) if level >= Qgis.Warning else None)
    requests_seen = []
    QgsNetworkAccessManager.instance().requestAboutToBeCreated[QgsNetworkRequestParameters].connect(
        lambda params: requests_seen.append(params.request().url().toString()))
    report = {"qgisVersion": Qgis.QGIS_VERSION, "layers": [], "versions": []}
    try:
        report["typeNames"] = capabilities_type_names(base_url)
        for type_name in report["typeNames"]:
            if type_name == config["paging"]["typeName"]:
                continue  # read below, with paging
            info = read_layer(base_url, type_name)
            report["layers"].append(info)
        for version in config["otherVersions"]["versions"]:
            info = read_layer(base_url, config["otherVersions"]["typeName"], version, with_attributes=False)
            report["versions"].append(info)
        report["paging"] = page_through(base_url, config["paging"], requests_seen)
        report["edit"] = edit(base_url, config["edit"])
    finally:
        with open(report_path, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=1, default=str)
        app.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
