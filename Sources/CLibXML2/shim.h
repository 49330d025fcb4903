#ifndef EVEX_CLIBXML2_H
#define EVEX_CLIBXML2_H

// libxml2's tolerant HTML parser (pages as browsers read them) and its XML parser in recovery
// mode (feeds), both building a tree that the Swift readers walk. Headers from libxml2-dev.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>

#endif
