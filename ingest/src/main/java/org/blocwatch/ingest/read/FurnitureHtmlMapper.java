package org.blocwatch.ingest.read;

import org.apache.tika.parser.html.DefaultHtmlMapper;

import java.util.Locale;
import java.util.Set;

/**
 * Tika's HTML mapping, told to drop the elements that hold page furniture rather than the
 * article (navigation, header and footer bars, asides, forms, buttons), so that most menus and
 * notices never reach the text.
 */
final class FurnitureHtmlMapper extends DefaultHtmlMapper {

    private static final Set<String> FURNITURE = Set.of("nav", "header", "footer", "aside", "form", "button",
            "noscript", "iframe", "svg", "select", "menu", "dialog");

    @Override
    public boolean isDiscardElement(String name) {
        return FURNITURE.contains(name.toLowerCase(Locale.ROOT)) || super.isDiscardElement(name);
    }
}
