package dev.reload.importing.gpx;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;

import io.jenetics.jpx.XMLProvider;

import dev.reload.importing.SafeXml;

/**
 * Makes JPX parse with DTDs and external entities off. Registered through
 * {@code META-INF/services/io.jenetics.jpx.XMLProvider}, which JPX looks up with {@link java.util.ServiceLoader}.
 */
public final class SafeGpxXmlProvider extends XMLProvider {

    @Override
    public XMLInputFactory xmlInputFactory() {
        return SafeXml.inputFactory();
    }

    @Override
    public DocumentBuilderFactory documentBuilderFactory() {
        return SafeXml.documentBuilderFactory();
    }
}
