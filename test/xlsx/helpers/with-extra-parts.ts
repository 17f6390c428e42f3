import JSZip from "jszip";

/**
 * A workbook given, by hand, one of each kind of part the .xlsx writer has no model of, so a test can
 * check a copy keeps them byte for byte: a chart in a drawing on the plan sheet, notes (comments and
 * their VML), printer settings, a newer-style rule in the sheet's extension list, an external link,
 * a pivot cache, a sheet-scoped name, workbook structure protection, someone else's custom XML, and
 * document properties carrying a sensitivity label. `plan` is the sheet part to decorate.
 */
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export const EXTRA_PARTS = [
  "xl/drawings/drawing9.xml",
  "xl/drawings/_rels/drawing9.xml.rels",
  "xl/charts/chart9.xml",
  "xl/comments9.xml",
  "xl/drawings/vmlDrawing9.vml",
  "xl/printerSettings/printerSettings9.bin",
  "xl/externalLinks/externalLink1.xml",
  "xl/externalLinks/_rels/externalLink1.xml.rels",
  "xl/pivotCache/pivotCacheDefinition9.xml",
  "customXml/item9.xml",
  "docProps/custom.xml",
] as const;

const addRel = (rels: string, id: string, type: string, target: string, external = false): string =>
  rels.replace(
    "</Relationships>",
    `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ""}/></Relationships>`
  );

const override = (types: string, part: string, type: string): string =>
  types.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`);

export const withExtraParts = async (
  bytes: Uint8Array,
  plan = "xl/worksheets/sheet1.xml"
): Promise<Uint8Array> => {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string): Promise<string> =>
    (await zip.file(path)?.async("string")) ?? "";
  const planRels = plan.replace(/([^/]+)$/, "_rels/$1.rels");
  let rels =
    (await read(planRels)) ||
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL}"></Relationships>`;
  rels = addRel(rels, "rIdX1", `${REL}/drawing`, "../drawings/drawing9.xml");
  rels = addRel(rels, "rIdX2", `${REL}/comments`, "../comments9.xml");
  rels = addRel(rels, "rIdX3", `${REL}/vmlDrawing`, "../drawings/vmlDrawing9.vml");
  rels = addRel(rels, "rIdX4", `${REL}/printerSettings`, "../printerSettings/printerSettings9.bin");
  zip.file(planRels, rels);

  let sheet = await read(plan);
  if (!sheet.includes("xmlns:r="))
    sheet = sheet.replace("<worksheet ", `<worksheet xmlns:r="${REL}" `);
  sheet = sheet.replace(/<pageSetup\b([^>]*?)\/>/, '<pageSetup$1 r:id="rIdX4"/>');
  const tail =
    '<drawing r:id="rIdX1"/><legacyDrawing r:id="rIdX3"/>' +
    '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="{00000000-0000-0000-0000-000000000001}"><x14:dataBar minLength="0" maxLength="100"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/></x14:dataBar></x14:cfRule><xm:sqref>A2:A5</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>';
  sheet = sheet.replace("</worksheet>", `${tail}</worksheet>`);
  zip.file(plan, sheet);

  zip.file(
    "xl/drawings/drawing9.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>18</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Council chart"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="' +
      REL +
      '" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
  zip.file(
    "xl/drawings/_rels/drawing9.xml.rels",
    addRel(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL}"></Relationships>`,
      "rId1",
      `${REL}/chart`,
      "../charts/chart9.xml"
    )
  );
  zip.file(
    "xl/charts/chart9.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numLit><c:ptCount val="1"/><c:pt idx="0"><c:v>3</c:v></c:pt></c:numLit></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>'
  );
  zip.file(
    "xl/comments9.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Officer</author></authors><commentList><comment ref="A1" authorId="0"><text><t>Council note: keep this heading.</t></text></comment></commentList></comments>'
  );
  zip.file(
    "xl/drawings/vmlDrawing9.vml",
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>'
  );
  zip.file(
    "xl/printerSettings/printerSettings9.bin",
    new Uint8Array([0x50, 0x54, 0x00, 0x01, 0xff, 0x7f])
  );
  zip.file(
    "xl/externalLinks/externalLink1.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="' +
      REL +
      '"><externalBook r:id="rId1"><sheetNames><sheetName val="Budget"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>100</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>'
  );
  zip.file(
    "xl/externalLinks/_rels/externalLink1.xml.rels",
    addRel(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL}"></Relationships>`,
      "rId1",
      `${REL}/externalLinkPath`,
      "Budget%202023.xlsx",
      true
    )
  );
  zip.file(
    "xl/pivotCache/pivotCacheDefinition9.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" refreshOnLoad="1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A1:B2" sheet="Budget"/></cacheSource><cacheFields count="1"><cacheField name="Ref" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>'
  );
  zip.file(
    "customXml/item9.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><records xmlns="urn:council:records"><retention>7 years</retention></records>'
  );
  zip.file(
    "docProps/custom.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_0000_Enabled"><vt:lpwstr>true</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Classification"><vt:lpwstr>OFFICIAL-SENSITIVE</vt:lpwstr></property></Properties>'
  );

  let workbookRels = await read("xl/_rels/workbook.xml.rels");
  workbookRels = addRel(
    workbookRels,
    "rIdX5",
    `${REL}/externalLink`,
    "externalLinks/externalLink1.xml"
  );
  workbookRels = addRel(
    workbookRels,
    "rIdX6",
    `${REL}/pivotCacheDefinition`,
    "pivotCache/pivotCacheDefinition9.xml"
  );
  workbookRels = addRel(workbookRels, "rIdX7", `${REL}/customXml`, "../customXml/item9.xml");
  zip.file("xl/_rels/workbook.xml.rels", workbookRels);
  let workbook = await read("xl/workbook.xml");
  if (!workbook.includes("xmlns:r="))
    workbook = workbook.replace("<workbook ", `<workbook xmlns:r="${REL}" `);
  workbook = workbook.replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>');
  workbook = workbook.replace(
    "</sheets>",
    '</sheets><externalReferences><externalReference r:id="rIdX5"/></externalReferences>'
  );
  const name = '<definedName name="LocalTotal" localSheetId="0">[1]Budget!$A$1</definedName>';
  workbook = workbook.includes("<definedNames>")
    ? workbook.replace("<definedNames>", () => `<definedNames>${name}`)
    : workbook.replace(
        "</externalReferences>",
        () => `</externalReferences><definedNames>${name}</definedNames>`
      );
  zip.file("xl/workbook.xml", workbook);

  zip.file(
    "_rels/.rels",
    addRel(
      await read("_rels/.rels"),
      "rIdX8",
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
      "docProps/custom.xml"
    )
  );
  let types = await read("[Content_Types].xml");
  types = override(
    types,
    "xl/drawings/drawing9.xml",
    "application/vnd.openxmlformats-officedocument.drawing+xml"
  );
  types = override(
    types,
    "xl/charts/chart9.xml",
    "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
  );
  types = override(
    types,
    "xl/comments9.xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
  );
  types = override(
    types,
    "xl/externalLinks/externalLink1.xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"
  );
  types = override(
    types,
    "xl/pivotCache/pivotCacheDefinition9.xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"
  );
  types = override(
    types,
    "docProps/custom.xml",
    "application/vnd.openxmlformats-officedocument.custom-properties+xml"
  );
  if (!types.includes('Extension="vml"'))
    types = types.replace(
      "</Types>",
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>'
    );
  if (!types.includes('Extension="bin"'))
    types = types.replace(
      "</Types>",
      '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/></Types>'
    );
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
};
