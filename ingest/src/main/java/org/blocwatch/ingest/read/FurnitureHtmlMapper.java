package org.blocwatch.ingest.read;

import org.apache.tika.parser.html.DefaultHtmlMapper;

import java.util.Locale;
import java.util.Set;

/**
 * Tika's HTML mapping, told to drop the elements that hold page furniture rather than article
 * text: forms, buttons, selection lists, frames. Tika's HTML 4 parser already drops the HTML5
 * furniture elements (nav, header, footer, aside) but keeps their text; that text is page
 * furniture too and is removed later by the boilerplate filter.
 */
final class FurnitureHtmlMapper extends DefaultHtmlMapper {

    private static final Set<String> FURNITURE = Set.of("form", "button", "select", "iframe", "noscript",
            "menu", "object", "map");

    @Override
    public boolean isDiscardElement(String name) {
        return FURNITURE.contains(name.toLowerCase(Locale.ROOT)) || super.isDiscardElement(name);
    }
}
