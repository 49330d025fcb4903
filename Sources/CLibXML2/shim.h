#ifndef EVEX_CLIBXML2_H
#define EVEX_CLIBXML2_H

// libxml2's tolerant HTML parser (pages as browsers read them) and its XML parser in recovery
// mode (feeds), both building a tree that the Swift readers walk. Headers from libxml2-dev.
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, and its encoding.h then includes the system's ICU headers,
// which clash in a clean build with the copy Foundation carries (_FoundationICU): "UErrorCode ...
// not present in definition". evex reads no ICU field of libxml2's structs, so leave them out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>

#endif
