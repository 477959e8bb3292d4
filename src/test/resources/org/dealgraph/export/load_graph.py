"""Loads a dealgraph GraphML or GEXF export with NetworkX or igraph, as an analyst would, and prints what the
library read as JSON: whether the graph is directed, and its nodes and edges with their attributes (empty
values, which igraph gives for missing ones, are left out).

Usage: python3 load_graph.py networkx|igraph graphml|gexf FILE
"""
import json
import math
import sys


def present(value):
    if value is None:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    return value != ""


def cleaned(attributes):
    return {k: v for k, v in attributes.items() if present(v)}


def with_networkx(fmt, path):
    import networkx
    graph = networkx.read_graphml(path) if fmt == "graphml" else networkx.read_gexf(path)
    nodes = {key: cleaned(data) for key, data in graph.nodes(data=True)}
    edges = [dict(cleaned(data), source=nodes[u]["iri"], target=nodes[v]["iri"])
             for u, v, data in graph.edges(data=True)]
    return graph.is_directed(), list(nodes.values()), edges


def with_igraph(fmt, path):
    import igraph
    if fmt != "graphml":
        raise SystemExit("igraph reads no GEXF")
    graph = igraph.Graph.Read_GraphML(path)
    nodes = [cleaned(v.attributes()) for v in graph.vs]
    edges = [dict(cleaned(e.attributes()), source=nodes[e.source]["iri"], target=nodes[e.target]["iri"])
             for e in graph.es]
    return graph.is_directed(), nodes, edges


def main():
    library, fmt, path = sys.argv[1:4]
    directed, nodes, edges = (with_networkx if library == "networkx" else with_igraph)(fmt, path)
    json.dump({"library": library, "directed": directed, "nodes": nodes, "edges": edges}, sys.stdout,
              default=str)


if __name__ == "__main__":
    main()
