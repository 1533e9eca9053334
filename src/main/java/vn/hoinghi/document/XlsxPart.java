package vn.hoinghi.document;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.hoinghi.base.Texts;

/** One XML part of a workbook being read, without DTD or entities; its text counted against the workbook's budget. */
final class XlsxPart implements AutoCloseable {

    private static final XMLInputFactory XML = secureFactory();

    private final InputStream in;
    private final XMLStreamReader xml;
    private final XlsxBudget budget;

    XlsxPart(InputStream in, XlsxBudget budget) throws XMLStreamException {
        this.in = in;
        this.xml = XML.createXMLStreamReader(in);
        this.budget = budget;
    }

    /** The reader itself, for the workbook's own walk through rows and cells. */
    XMLStreamReader xml() {
        return xml;
    }

    /** Moves to the next start of an element so named; false at the end of the part. */
    boolean next(String element) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.DTD) {
                throw budget.refused(Texts.t("file.xlsx.dtd"));
            }
            if (xml.isStartElement() && xml.getLocalName().equals(element)) {
                return true;
            }
        }
        return false;
    }

    /** The text up to the end of this element. */
    String text(String element) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        collect(element, text, false);
        return text.toString();
    }

    /** The text of the {@code <t>} runs up to the end of this element, without phonetic guides ({@code <rPh>}). */
    String richText(String element) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        collect(element, text, true);
        return text.toString();
    }

    private void collect(String element, StringBuilder text, boolean runsOnly) throws XMLStreamException {
        int phonetic = 0;
        boolean inRun = !runsOnly;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                phonetic += xml.getLocalName().equals("rPh") ? 1 : 0;
                inRun = !runsOnly || xml.getLocalName().equals("t");
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals(element)) {
                    return;
                }
                phonetic -= xml.getLocalName().equals("rPh") ? 1 : 0;
                inRun = !runsOnly;
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) && inRun && phonetic == 0) {
                int length = xml.getTextLength();
                budget.text(text.length(), length);
                text.append(xml.getTextCharacters(), xml.getTextStart(), length);
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw budget.refused(Texts.t("file.xlsx.entity", xml.getLocalName()));
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing a reader that failed: the stream below is closed anyway
        }
        in.close();
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty("jdk.xml.maxElementDepth", 64);
        return factory;
    }
}
