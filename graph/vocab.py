"""Namespaces and terms of the graph model (see docs/model.md).

Public vocabularies first: schema.org for articles, people, places and events, SEM for
the event's actors, place and time, PROV-O for provenance. The ``DG`` namespace holds only
what they lack (event types, CAMEO and PLOVER codes, evidence offsets).
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import PROV, RDF, RDFS, SDO, XSD

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
DG = Namespace("https://w3id.org/diplograph/ns#")
ID = Namespace("https://w3id.org/diplograph/id/")
GEONAMES = Namespace("https://sws.geonames.org/")
WD = Namespace("http://www.wikidata.org/entity/")

# One class per event type, all subclasses of sem:Event and schema:Event.
EVENT_CLASSES = {
    "meet": DG.Meeting,
    "phone_call": DG.PhoneCall,
    "visit": DG.Visit,
    "sign_agreement": DG.AgreementSigning,
    "planned_meet": DG.PlannedMeeting,
}

PREFIXES = {
    "schema": SDO,
    "sem": SEM,
    "prov": PROV,
    "dg": DG,
    "dgid": ID,
    "xsd": XSD,
    "rdf": RDF,
    "rdfs": RDFS,
    "gn": GEONAMES,
    "wd": WD,
}

__all__ = ["DG", "EVENT_CLASSES", "GEONAMES", "ID", "PREFIXES", "PROV", "RDF", "RDFS", "SDO", "SEM", "WD", "XSD"]
