<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>cc::Application</name>
    <message>
        <source>CleanClaim</source>
        <translation>CleanClaim</translation>
    </message>
</context>
<context>
    <name>cc::AuditService</name>
    <message>
        <source>Audit row %1 follows row %2: the rows between them were removed.</source>
        <translation>La fila de auditoría %1 sigue a la fila %2: se eliminaron las filas intermedias.</translation>
    </message>
    <message>
        <source>Audit row %1 does not continue the chain: the row before it was altered or removed.</source>
        <translation>La fila de auditoría %1 no continúa la cadena: la fila anterior fue alterada o eliminada.</translation>
    </message>
    <message>
        <source>Audit row %1 was altered after it was written.</source>
        <translation>La fila de auditoría %1 fue alterada después de escribirse.</translation>
    </message>
    <message>
        <source>The audit trail ends at row %1 but row %2 was written: the newest rows were removed.</source>
        <translation>El registro de auditoría termina en la fila %1, pero se llegó a escribir la fila %2: se eliminaron las filas más recientes.</translation>
    </message>
</context>
<context>
    <name>cc::AuditTrailWidget</name>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <source>Recompute every row&apos;s hash to prove that no row was altered or removed</source>
        <translation>Volver a calcular el hash de cada fila para comprobar que ninguna fila fue alterada ni eliminada</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message numerus="yes">
        <source>✔ The chain of %n row(s) is intact: no row was altered or removed.</source>
        <translation>
            <numerusform>✔ La cadena de %n fila está intacta: ninguna fila fue alterada ni eliminada.</numerusform>
            <numerusform>✔ La cadena de %n filas está intacta: ninguna fila fue alterada ni eliminada.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ The audit trail was tampered with. %1</source>
        <translation>✖ El registro de auditoría fue manipulado. %1</translation>
    </message>
</context>
<context>
    <name>cc::AuthService</name>
    <message>
        <source>The user name or password is not right. Check Caps Lock and try again.</source>
        <translation>El nombre de usuario o la contraseña no son correctos. Revise la tecla Bloq Mayús e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your account has no known role. Ask the administrator to fix it.</source>
        <translation>Su cuenta no tiene un rol reconocido. Pídale al administrador que lo corrija.</translation>
    </message>
    <message>
        <source>A user name has 2 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>El nombre de usuario debe tener de 2 a 40 letras, dígitos, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>La contraseña debe tener al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Escriba el nombre completo de la persona.</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>El nombre de usuario %1 ya está en uso.</translation>
    </message>
</context>
<context>
    <name>cc::CodeFile</name>
    <message>
        <source>The file could not be read: %1.</source>
        <translation>No se pudo leer el archivo: %1.</translation>
    </message>
    <message>
        <source>The line has %1 characters; an order-file record has at least 78 (order number, code, flag, short and long titles).</source>
        <translation>La línea tiene %1 caracteres; un registro del archivo de orden (order file) tiene al menos 78 (número de orden, código, indicador, títulos corto y largo).</translation>
    </message>
    <message>
        <source>The order number &quot;%1&quot; (columns 1–5) is not five digits.</source>
        <translation>El número de orden &quot;%1&quot; (columnas 1–5) no tiene cinco dígitos.</translation>
    </message>
    <message>
        <source>The fields are not in the columns of an order file (blanks expected in columns 6, 14, 16 and 77).</source>
        <translation>Los campos no están en las columnas de un archivo de orden (se esperan espacios en blanco en las columnas 6, 14, 16 y 77).</translation>
    </message>
    <message>
        <source>The billable flag of %1 (column 15) is &quot;%2&quot;; it must be 1 (billable) or 0 (header).</source>
        <translation>El indicador de facturable de %1 (columna 15) es &quot;%2&quot;; debe ser 1 (facturable) o 0 (encabezado).</translation>
    </message>
    <message>
        <source>The code %1 has no long title (from column 78).</source>
        <translation>El código %1 no tiene título largo (a partir de la columna 78).</translation>
    </message>
    <message>
        <source>The code %1 has no title after it.</source>
        <translation>El código %1 no tiene un título a continuación.</translation>
    </message>
    <message>
        <source>The row has %1 fields; it needs 4: code, billable, short and long description.</source>
        <translation>La fila tiene %1 campos; necesita 4: código, facturable, descripción corta y descripción larga.</translation>
    </message>
    <message>
        <source>The billable field of %1 is &quot;%2&quot;; it must be 1 or 0.</source>
        <translation>El campo facturable de %1 es &quot;%2&quot;; debe ser 1 o 0.</translation>
    </message>
    <message>
        <source>The code %1 has no description.</source>
        <translation>El código %1 no tiene descripción.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 code.</source>
        <translation>&quot;%1&quot; no es un código %2.</translation>
    </message>
    <message>
        <source>The file holds no codes.</source>
        <translation>El archivo no contiene códigos.</translation>
    </message>
    <message>
        <source>The code %1 appears a second time (first on line %2).</source>
        <translation>El código %1 aparece por segunda vez (la primera, en la línea %2).</translation>
    </message>
    <message>
        <source>A quote appears in the middle of a field; quote the whole field and write a quote inside it as &quot;&quot;.</source>
        <translation>Hay comillas en medio de un campo; ponga todo el campo entre comillas y escriba cada comilla interna como &quot;&quot;.</translation>
    </message>
    <message>
        <source>Text follows the closing quote of a field; a quoted field ends at a comma or at the end of the row.</source>
        <translation>Hay texto después de las comillas de cierre de un campo; un campo entre comillas termina en una coma o al final de la fila.</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>Un campo entre comillas no se cierra antes del final del archivo.</translation>
    </message>
    <message>
        <source>The first row must be the header code,short,long; it is &quot;%1&quot;.</source>
        <translation>La primera fila debe ser el encabezado code,short,long; es &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n field(s); it needs 3: code, short and long description.</source>
        <translation>
            <numerusform>La fila tiene %n campo; necesita 3: código, descripción corta y descripción larga.</numerusform>
            <numerusform>La fila tiene %n campos; necesita 3: código, descripción corta y descripción larga.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a CPT code (four digits, then a digit or F, T or U) nor a two-character modifier.</source>
        <translation>&quot;%1&quot; no es un código CPT (cuatro dígitos y luego un dígito o F, T o U) ni un modificador de dos caracteres.</translation>
    </message>
    <message>
        <source>The record has %1 characters; a HCPCS record has 320, a continuation record at least 12.</source>
        <translation>El registro tiene %1 caracteres; un registro HCPCS tiene 320, y uno de continuación, al menos 12.</translation>
    </message>
    <message>
        <source>The sequence number &quot;%1&quot; (columns 6–10) is not five digits.</source>
        <translation>El número de secuencia &quot;%1&quot; (columnas 6–10) no tiene cinco dígitos.</translation>
    </message>
    <message>
        <source>The record type &quot;%1&quot; (column 11) is not 3 (code), 4 (code continued), 7 (modifier) or 8 (modifier continued).</source>
        <translation>El tipo de registro &quot;%1&quot; (columna 11) no es 3 (código), 4 (continuación de código), 7 (modificador) ni 8 (continuación de modificador).</translation>
    </message>
    <message>
        <source>The record has %1 characters; HCPCS records have 320.</source>
        <translation>El registro tiene %1 caracteres; los registros HCPCS tienen 320.</translation>
    </message>
    <message>
        <source>This continuation record of %1 does not follow a record of %1.</source>
        <translation>Este registro de continuación de %1 no sigue a un registro de %1.</translation>
    </message>
    <message>
        <source>The record of %1 has %2 characters; HCPCS code and modifier records have 320.</source>
        <translation>El registro de %1 tiene %2 caracteres; los registros HCPCS de código y de modificador tienen 320.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (columns 1–5) is not a modifier: columns 1–3 blank, then two letters or digits.</source>
        <translation>&quot;%1&quot; (columnas 1–5) no es un modificador: columnas 1–3 en blanco y luego dos letras o dígitos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (columns 1–5) is not a HCPCS Level II code: a letter and four digits.</source>
        <translation>&quot;%1&quot; (columnas 1–5) no es un código HCPCS de nivel II: una letra y cuatro dígitos.</translation>
    </message>
    <message>
        <source>The add date &quot;%1&quot; of %2 (columns 269–276) is not a date written YYYYMMDD.</source>
        <translation>La fecha de alta &quot;%1&quot; de %2 (columnas 269–276) no es una fecha con el formato AAAAMMDD.</translation>
    </message>
    <message>
        <source>The termination date &quot;%1&quot; of %2 (columns 285–292) is not a date written YYYYMMDD.</source>
        <translation>La fecha de baja &quot;%1&quot; de %2 (columnas 285–292) no es una fecha con el formato AAAAMMDD.</translation>
    </message>
    <message>
        <source>%1 has no description (columns 12–91 and 92–119 are blank).</source>
        <translation>%1 no tiene descripción (las columnas 12–91 y 92–119 están en blanco).</translation>
    </message>
    <message>
        <source>No HCPCS record was found: this is not a CMS HCPCS file.</source>
        <translation>No se encontró ningún registro HCPCS: este no es un archivo HCPCS de CMS.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (columns 7–13) is not an ICD-10-CM code: a letter, then two to six letters or digits, without a dot.</source>
        <translation>&quot;%1&quot; (columnas 7–13) no es un código ICD-10-CM: una letra y luego de dos a seis letras o dígitos, sin punto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ICD-10-CM code: a letter, then two to six letters or digits, without a dot.</source>
        <translation>&quot;%1&quot; no es un código ICD-10-CM: una letra y luego de dos a seis letras o dígitos, sin punto.</translation>
    </message>
</context>
<context>
    <name>cc::CodeRepository</name>
    <message>
        <source>A release holds at most %1 codes; this one has %2.</source>
        <translation>Una versión contiene como máximo %1 códigos; esta tiene %2.</translation>
    </message>
</context>
<context>
    <name>cc::CodeSearchBox</name>
    <message>
        <source>No code in force on %1 matches &quot;%2&quot;.</source>
        <translation>Ningún código vigente el %1 coincide con &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1  %2 (category: choose a code under it)</source>
        <extracomment>A category code that cannot be billed; choosing it lists the codes under it.</extracomment>
        <translation>%1  %2 (categoría: elija un código que esté bajo ella)</translation>
    </message>
    <message>
        <source>%1 has no billable code under it on this date.</source>
        <translation>%1 no tiene ningún código facturable bajo él en esta fecha.</translation>
    </message>
</context>
<context>
    <name>cc::CodeSetService</name>
    <message numerus="yes">
        <source>%1 was not imported because %n line(s) of it are wrong; nothing was changed.</source>
        <translation>
            <numerusform>%1 no se importó porque %n línea tiene errores; no se cambió nada.</numerusform>
            <numerusform>%1 no se importó porque %n líneas tienen errores; no se cambió nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more line(s) with errors.</source>
        <translation>
            <numerusform>…y %n línea más con errores.</numerusform>
            <numerusform>…y %n líneas más con errores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the release a name, such as &quot;ICD-10-CM FY2026&quot;.</source>
        <translation>Dé un nombre a la versión, por ejemplo &quot;ICD-10-CM FY2026&quot;.</translation>
    </message>
    <message>
        <source>The release name is longer than 100 characters.</source>
        <translation>El nombre de la versión tiene más de 100 caracteres.</translation>
    </message>
    <message>
        <source>Give the date the release takes effect.</source>
        <translation>Indique la fecha en que la versión entra en vigor.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2.</source>
        <translation>No se pudo leer el archivo %1: %2.</translation>
    </message>
    <message>
        <source>The starter code set is missing from this copy of CleanClaim; reinstall it.</source>
        <translation>Falta el conjunto de códigos inicial en esta copia de CleanClaim; vuelva a instalar CleanClaim.</translation>
    </message>
    <message>
        <source>The starter code set of this copy of CleanClaim is damaged; reinstall it.</source>
        <translation>El conjunto de códigos inicial de esta copia de CleanClaim está dañado; vuelva a instalar CleanClaim.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación; no se cambió nada.</translation>
    </message>
    <message>
        <source>The %1 release &quot;%2&quot; already takes effect on %3. Give this release another date, or the name &quot;%2&quot; to replace that one.</source>
        <translation>La versión %1 &quot;%2&quot; ya entra en vigor el %3. Dé otra fecha a esta versión, o el nombre &quot;%2&quot; para reemplazar aquella.</translation>
    </message>
    <message>
        <source>Give a date of service to search the codes in force.</source>
        <translation>Indique una fecha de servicio para buscar los códigos vigentes.</translation>
    </message>
    <message>
        <source>Give a date of service to list the codes in force.</source>
        <translation>Indique una fecha de servicio para listar los códigos vigentes.</translation>
    </message>
    <message>
        <source>Enter a code to look up.</source>
        <translation>Escriba un código para buscarlo.</translation>
    </message>
    <message>
        <source>Give a date of service to check the code on.</source>
        <translation>Indique la fecha de servicio para la que desea verificar el código.</translation>
    </message>
    <message>
        <source>%1 (%2) was terminated on %3 and cannot be billed for %4.</source>
        <translation>%1 (%2) dejó de estar vigente el %3 y no se puede facturar para el %4.</translation>
    </message>
    <message>
        <source>%1 (%2) is a heading, not a billable code, and no billable code under it is in force on %3.</source>
        <translation>%1 (%2) es un encabezado, no un código facturable, y ningún código facturable bajo él está vigente el %3.</translation>
    </message>
    <message>
        <source>%1 (%2) is a heading, not a billable code: choose a code under it, such as %3.</source>
        <translation>%1 (%2) es un encabezado, no un código facturable: elija un código bajo él, por ejemplo %3.</translation>
    </message>
    <message>
        <source>%1 (%2) is valid on %3: %4</source>
        <translation>%1 (%2) es válido el %3: %4</translation>
    </message>
    <message>
        <source>%1 is not in the %2 release &quot;%3&quot;, in force on %4. It is in the release &quot;%5&quot;, in force from %6 to %7.</source>
        <translation>%1 no está en la versión %2 &quot;%3&quot;, vigente el %4. Está en la versión &quot;%5&quot;, vigente del %6 al %7.</translation>
    </message>
    <message>
        <source>%1 is not in the %2 release &quot;%3&quot;, in force on %4. It is in the release &quot;%5&quot;, in force from %6.</source>
        <translation>%1 no está en la versión %2 &quot;%3&quot;, vigente el %4. Está en la versión &quot;%5&quot;, vigente desde el %6.</translation>
    </message>
    <message>
        <source>No %1 release is in force on %2. %3 is in the release &quot;%4&quot;, in force from %5 to %6.</source>
        <translation>Ninguna versión %1 está vigente el %2. %3 está en la versión &quot;%4&quot;, vigente del %5 al %6.</translation>
    </message>
    <message>
        <source>No %1 release is in force on %2. %3 is in the release &quot;%4&quot;, in force from %5.</source>
        <translation>Ninguna versión %1 está vigente el %2. %3 está en la versión &quot;%4&quot;, vigente desde el %5.</translation>
    </message>
    <message>
        <source>%1 is not a code of any imported code set.</source>
        <translation>%1 no es un código de ningún conjunto de códigos importado.</translation>
    </message>
    <message>
        <source>%1 is not a code of any imported %2 release.</source>
        <translation>%1 no es un código de ninguna versión %2 importada.</translation>
    </message>
</context>
<context>
    <name>cc::CodeSetsWidget</name>
    <message>
        <source>Each release of a code set is in force from its effective date to the day before the next release of the same code set. Codes are checked against the release in force on the date of service.</source>
        <translation>Cada versión de un conjunto de códigos está vigente desde su fecha de entrada en vigor hasta el día anterior a la siguiente versión del mismo conjunto de códigos. Los códigos se verifican con la versión vigente en la fecha de servicio.</translation>
    </message>
    <message>
        <source>Code-set releases</source>
        <translation>Versiones de conjuntos de códigos</translation>
    </message>
    <message>
        <source>Code set</source>
        <translation>Conjunto de códigos</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <source>Effective to</source>
        <translation>Vigente hasta</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Modificadores</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Importada por</translation>
    </message>
    <message>
        <source>ICD-10-CM (diagnoses), HCPCS Level II or CPT</source>
        <translation>ICD-10-CM (diagnósticos), HCPCS de nivel II o CPT</translation>
    </message>
    <message>
        <source>The name given at import; importing the same name again replaces the release</source>
        <translation>El nombre dado al importar; si se vuelve a importar con el mismo nombre, se reemplaza la versión</translation>
    </message>
    <message>
        <source>The first date of service the release applies to</source>
        <translation>La primera fecha de servicio a la que se aplica la versión</translation>
    </message>
    <message>
        <source>The last date of service the release applies to; the newest release has no end</source>
        <translation>La última fecha de servicio a la que se aplica la versión; la versión más reciente no tiene fin</translation>
    </message>
    <message>
        <source>Codes in the release, headers included</source>
        <translation>Códigos de la versión, incluidos los encabezados</translation>
    </message>
    <message>
        <source>Two-character modifiers in the release (HCPCS and CPT)</source>
        <translation>Modificadores de dos caracteres de la versión (HCPCS y CPT)</translation>
    </message>
    <message>
        <source>When the release was imported</source>
        <translation>Cuándo se importó la versión</translation>
    </message>
    <message>
        <source>Who imported it</source>
        <translation>Quién la importó</translation>
    </message>
    <message>
        <source>No code set is installed, so no code can be checked. Import the ICD-10-CM and HCPCS files published by CMS, and your licensed CPT file, with the form below.</source>
        <translation>No hay ningún conjunto de códigos instalado, así que no se puede verificar ningún código. Importe los archivos ICD-10-CM y HCPCS publicados por CMS, y su archivo CPT con licencia, con el formulario de abajo.</translation>
    </message>
    <message>
        <source>Import a release</source>
        <translation>Importar una versión</translation>
    </message>
    <message>
        <source>Kind of code-set file</source>
        <translation>Tipo de archivo de conjunto de códigos</translation>
    </message>
    <message>
        <source>The layout of the file: CMS publishes ICD-10-CM as an order file and a codes file, HCPCS Level II as a fixed-width file; CPT comes from your AMA licence as a CSV of code, short and long descriptor</source>
        <translation>El formato del archivo: CMS publica ICD-10-CM como un archivo de orden (order file) y un archivo de códigos, y HCPCS de nivel II como un archivo de ancho fijo; CPT viene de su licencia de la AMA como un CSV de código, descriptor corto y descriptor largo</translation>
    </message>
    <message>
        <source>ICD-10-CM order file</source>
        <translation>ICD-10-CM, archivo de orden (order file)</translation>
    </message>
    <message>
        <source>ICD-10-CM codes file</source>
        <translation>ICD-10-CM, archivo de códigos</translation>
    </message>
    <message>
        <source>HCPCS Level II</source>
        <translation>HCPCS de nivel II</translation>
    </message>
    <message>
        <source>CPT (licensed CSV)</source>
        <translation>CPT (CSV con licencia)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Code-set file</source>
        <translation>Archivo de conjunto de códigos</translation>
    </message>
    <message>
        <source>Type the path of the file, or choose it with Browse (Ctrl+O)</source>
        <translation>Escriba la ruta del archivo o elíjalo con Examinar (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the file to import (Ctrl+O)</source>
        <translation>Elegir el archivo que se va a importar (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>A&amp;rchivo:</translation>
    </message>
    <message>
        <source>Release name</source>
        <translation>Nombre de la versión</translation>
    </message>
    <message>
        <source>For example: ICD-10-CM FY2026</source>
        <translation>Por ejemplo: ICD-10-CM FY2026</translation>
    </message>
    <message>
        <source>A name people recognise; importing a release of the same code set and name again replaces it</source>
        <translation>Un nombre fácil de reconocer; si vuelve a importar una versión del mismo conjunto de códigos con el mismo nombre, la reemplaza</translation>
    </message>
    <message>
        <source>Release &amp;name:</source>
        <translation>&amp;Nombre de la versión:</translation>
    </message>
    <message>
        <source>The first date of service the release applies to: 1 October for an ICD-10-CM fiscal year, 1 January (or the quarter) for HCPCS and CPT</source>
        <translation>La primera fecha de servicio a la que se aplica la versión: el 1 de octubre para un año fiscal de ICD-10-CM, el 1 de enero (o el inicio del trimestre) para HCPCS y CPT</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>&amp;Vigente desde:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the file as a release, in the background (Ctrl+I)</source>
        <translation>Importar el archivo como una versión, en segundo plano (Ctrl+I)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <source>Stop the import; nothing of the release is kept (Esc)</source>
        <translation>Detener la importación; no se conserva nada de la versión (Esc)</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Resultado de la importación</translation>
    </message>
    <message>
        <source>Code sets</source>
        <translation>Conjuntos de códigos</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importada desde %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>not yet in force</source>
        <translation>aún no vigente</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a code-set file</source>
        <translation>Elija un archivo de conjunto de códigos</translation>
    </message>
    <message>
        <source>⚠ A %1 release named “%2” exists: importing replaces it.</source>
        <translation>⚠ Ya existe una versión %1 llamada “%2”: al importar se reemplaza.</translation>
    </message>
    <message>
        <source>Choose the file to import first (Browse, Ctrl+O).</source>
        <translation>Primero elija el archivo que desea importar (Examinar, Ctrl+O).</translation>
    </message>
    <message>
        <source>Give the release a name, such as “ICD-10-CM FY2026”.</source>
        <translation>Dé un nombre a la versión, por ejemplo “ICD-10-CM FY2026”.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>%1 of %2 codes</source>
        <translation>%1 de %2 códigos</translation>
    </message>
    <message>
        <source>✖ Not imported: %1</source>
        <translation>✖ No se importó: %1</translation>
    </message>
    <message>
        <source>Import a code set</source>
        <translation>Importar un conjunto de códigos</translation>
    </message>
    <message numerus="yes">
        <source>✔ Imported the %1 release “%2”, in force from %3: %n code(s).</source>
        <translation>
            <numerusform>✔ Se importó la versión %1 “%2”, vigente desde el %3: %n código.</numerusform>
            <numerusform>✔ Se importó la versión %1 “%2”, vigente desde el %3: %n códigos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modifier(s).</source>
        <translation>
            <numerusform>%n modificador.</numerusform>
            <numerusform>%n modificadores.</numerusform>
        </translation>
    </message>
    <message>
        <source>It replaced the release of the same name.</source>
        <translation>Reemplazó la versión del mismo nombre.</translation>
    </message>
</context>
<context>
    <name>cc::CoderQueueWidget</name>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Show today&apos;s encounters (Alt+T)</source>
        <translation>Mostrar las consultas de hoy (Alt+H)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>has&amp;ta:</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>Filtro de proveedor</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los proveedores</translation>
    </message>
    <message>
        <source>Payer filter</source>
        <translation>Filtro de pagador</translation>
    </message>
    <message>
        <source>All payers</source>
        <translation>Todos los pagadores</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Patient, MRN or provider (Ctrl+F)</source>
        <translation>Paciente, MRN o proveedor (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Buscar en la cola</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>P&amp;ayer:</source>
        <translation>Pa&amp;gador:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Encounter queue</source>
        <translation>Cola de consultas</translation>
    </message>
    <message>
        <source>Clinical note preview</source>
        <translation>Vista previa de la nota clínica</translation>
    </message>
    <message>
        <source>Select an encounter to read its note.</source>
        <translation>Seleccione una consulta para leer su nota.</translation>
    </message>
    <message>
        <source>Coder queue</source>
        <translation>Cola de codificación</translation>
    </message>
    <message numerus="yes">
        <source>%n encounter(s) loaded.</source>
        <translation>
            <numerusform>%n consulta cargada.</numerusform>
            <numerusform>%n consultas cargadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Show only: %1</source>
        <translation>Mostrar solo: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translatorcomment>Date range; it is inserted after &quot;del&quot; in &quot;No hay consultas del %1&quot;, so &quot;%1 al %2&quot; reads &quot;del 1/2/26 al 5/2/26&quot;.</translatorcomment>
        <translation>%1 al %2</translation>
    </message>
    <message>
        <source>No encounters for %1 — change the dates or import encounters.</source>
        <translation>No hay consultas del %1 — cambie las fechas o importe consultas.</translation>
    </message>
    <message numerus="yes">
        <source>%n encounter(s) for %1, but none match the filters — clear the filters to see them.</source>
        <translation>
            <numerusform>%n consulta del %1, pero no coincide con los filtros — borre los filtros para verla.</numerusform>
            <numerusform>%n consultas del %1, pero ninguna coincide con los filtros — borre los filtros para verlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 · born %2 · %3&lt;br&gt;%4 · %5 · place of service %6&lt;br&gt;Payer: %7&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 · fecha de nac. %2 · %3&lt;br&gt;%4 · %5 · lugar de servicio %6&lt;br&gt;Pagador: %7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no coverage</source>
        <translation>sin cobertura</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Returned by the biller:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Devuelta por el facturador:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Superbill services&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Hoja de servicios (superbill)&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Diagnoses coded&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;%1&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Diagnósticos codificados&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;%1&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>New, coding and returned encounters</source>
        <translation>Consultas nuevas, en codificación y devueltas</translation>
    </message>
</context>
<context>
    <name>cc::CodingPanel</name>
    <message>
        <source>← &amp;Queue</source>
        <translation>← &amp;Cola</translation>
    </message>
    <message>
        <source>Back to the queue, keeping your place (Alt+Left)</source>
        <translation>Volver a la cola sin perder su lugar (Alt+Flecha izquierda)</translation>
    </message>
    <message>
        <source>Clinical note</source>
        <translation>Nota clínica</translation>
    </message>
    <message>
        <source>Select words of the note to quote them in a query</source>
        <translation>Seleccione palabras de la nota para citarlas en una solicitud de aclaración</translation>
    </message>
    <message>
        <source>Queries and answers</source>
        <translation>Solicitudes de aclaración y respuestas</translation>
    </message>
    <message>
        <source>Queries to the provider</source>
        <translation>Solicitudes de aclaración al proveedor</translation>
    </message>
    <message>
        <source>&amp;Diagnoses (ICD-10-CM) — A is the principal</source>
        <translation>&amp;Diagnósticos (ICD-10-CM) — A es el principal</translation>
    </message>
    <message>
        <source>Search diagnoses: code or words (Ctrl+K)</source>
        <translation>Buscar diagnósticos: código o palabras (Ctrl+K)</translation>
    </message>
    <message>
        <source>Diagnoses, in order</source>
        <translation>Diagnósticos, en orden</translation>
    </message>
    <message>
        <source>Ctrl+Up / Ctrl+Down reorder, Delete removes; drag to reorder</source>
        <translation>Ctrl+Flecha arriba / Ctrl+Flecha abajo cambian el orden, Delete elimina; también puede arrastrar para reordenar</translation>
    </message>
    <message>
        <source>Ser&amp;vices (CPT / HCPCS)</source>
        <translation>Ser&amp;vicios (CPT / HCPCS)</translation>
    </message>
    <message>
        <source>Search services: code or words (Ctrl+J)</source>
        <translation>Buscar servicios: código o palabras (Ctrl+J)</translation>
    </message>
    <message>
        <source>Service lines</source>
        <translation>Líneas de servicio</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Modificadores</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Pointers</source>
        <translation>Punteros</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Up to 4, separated by spaces: 25 59</source>
        <translation>Hasta 4, separados por espacios: 25 59</translation>
    </message>
    <message>
        <source>Diagnosis letters A–L, up to 4: A,B</source>
        <translation>Letras de diagnóstico A–L, hasta 4: A,B</translation>
    </message>
    <message>
        <source>From the fee schedule for this payer</source>
        <translation>De la tabla de tarifas de este pagador</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificaciones</translation>
    </message>
    <message>
        <source>Checks of the codes</source>
        <translation>Verificaciones de los códigos</translation>
    </message>
    <message>
        <source>C&amp;hecklist</source>
        <translation>&amp;Lista de verificación</translation>
    </message>
    <message>
        <source>Specialty checklist</source>
        <translation>Lista de verificación de la especialidad</translation>
    </message>
    <message>
        <source>Space ticks the current item; items marked * must be ticked</source>
        <translation>La barra espaciadora marca el elemento actual; los elementos con * son obligatorios</translation>
    </message>
    <message>
        <source>Note to the biller (optional)</source>
        <translation>Nota para el facturador (opcional)</translation>
    </message>
    <message>
        <source>Note to the biller</source>
        <translation>Nota para el facturador</translation>
    </message>
    <message>
        <source>Cop&amp;y from last visit</source>
        <translation>Co&amp;piar de la última visita</translation>
    </message>
    <message>
        <source>Send &amp;query…</source>
        <translation>&amp;Solicitar aclaración…</translation>
    </message>
    <message>
        <source>Ask the provider a compliant question about the note (Ctrl+Q)</source>
        <translation>Hacerle al proveedor una pregunta sobre la nota que cumpla las normas (Ctrl+Q)</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <source>Save the coding as it is (Ctrl+S)</source>
        <translation>Guardar la codificación tal como está (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Mark coded</source>
        <translation>&amp;Marcar como codificada</translation>
    </message>
    <message>
        <source>Hand the coded encounter on (Ctrl+Enter)</source>
        <translation>Entregar la consulta codificada (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) · %3 · %4 · %5 · &lt;i&gt;%6&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) · %3 · %4 · %5 · &lt;i&gt;%6&lt;/i&gt;</translation>
    </message>
    <message>
        <source>no coverage</source>
        <translation>sin cobertura</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Q&lt;/b&gt; (%1, %2): %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;P&lt;/b&gt; (%1, %2): %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#1b5e20&apos;&gt;&lt;b&gt;Answer&lt;/b&gt; (%1, %2): %3&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#1b5e20&apos;&gt;&lt;b&gt;Respuesta&lt;/b&gt; (%1, %2): %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Waiting for the provider&apos;s answer.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Esperando la respuesta del proveedor.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No queries on this encounter.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;No hay solicitudes de aclaración en esta consulta.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 is already diagnosis %2.</source>
        <translation>%1 ya es el diagnóstico %2.</translation>
    </message>
    <message>
        <source>A claim holds at most 12 diagnoses.</source>
        <translation>Una reclamación admite como máximo 12 diagnósticos.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>Prefix of a check message, so that severity is not told by colour alone.</extracomment>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>No problem found in the codes so far.</source>
        <translation>Hasta ahora no se encontró ningún problema en los códigos.</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Borrador guardado a las %1.</translation>
    </message>
    <message>
        <source>Mark coded</source>
        <translation>Marcar como codificada</translation>
    </message>
    <message>
        <source>Marked coded.</source>
        <translation>Marcada como codificada.</translation>
    </message>
    <message>
        <source>Query sent to %1; the encounter waits for the answer.</source>
        <translation>Solicitud de aclaración enviada a %1; la consulta queda en espera de la respuesta.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n diagnosis(es) and the service lines of the last visit: check them against today&apos;s note.</source>
        <translation>
            <numerusform>Se copiaron %n diagnóstico y las líneas de servicio de la última visita: compárelos con la nota de hoy.</numerusform>
            <numerusform>Se copiaron %n diagnósticos y las líneas de servicio de la última visita: compárelos con la nota de hoy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 (%2) points to no diagnosis yet: point it to the diagnosis that supports it.</source>
        <translation>La línea %1 (%2) todavía no apunta a ningún diagnóstico: haga que apunte al diagnóstico que la respalda.</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>Línea %1: </translation>
    </message>
    <message>
        <source>Rule %1 · source: %2</source>
        <translation>Regla %1 · fuente: %2</translation>
    </message>
</context>
<context>
    <name>cc::CodingService</name>
    <message>
        <source>%1 is an &quot;unspecified&quot; code, but the note says &quot;%2&quot;. Choose the more specific code the note supports, or query the provider.</source>
        <translation>%1 es un código &quot;no especificado&quot;, pero la nota dice &quot;%2&quot;. Elija el código más específico que respalde la nota, o envíe una solicitud de aclaración al proveedor.</translation>
    </message>
    <message>
        <source>A claim holds at most %1 diagnoses; this encounter has %2.</source>
        <translation>Una reclamación admite como máximo %1 diagnósticos; esta consulta tiene %2.</translation>
    </message>
    <message>
        <source>Diagnosis %1 has no code.</source>
        <translation>El diagnóstico %1 no tiene código.</translation>
    </message>
    <message>
        <source>Line %1 has no code.</source>
        <translation>La línea %1 no tiene código.</translation>
    </message>
    <message>
        <source>Line %1: units must be 1 or more.</source>
        <translation>Línea %1: las unidades deben ser 1 o más.</translation>
    </message>
    <message>
        <source>Line %1: a charge cannot be negative.</source>
        <translation>Línea %1: un cargo no puede ser negativo.</translation>
    </message>
    <message>
        <source>Line %1: at most %2 modifiers.</source>
        <translation>Línea %1: como máximo %2 modificadores.</translation>
    </message>
    <message>
        <source>Line %1: at most %2 diagnosis pointers.</source>
        <translation>Línea %1: como máximo %2 punteros de diagnóstico.</translation>
    </message>
    <message>
        <source>Line %1 points to diagnosis %2, which is not on the encounter.</source>
        <translation>La línea %1 apunta al diagnóstico %2, que no está en la consulta.</translation>
    </message>
    <message>
        <source>Encounter %1 no longer exists.</source>
        <translation>La consulta %1 ya no existe.</translation>
    </message>
    <message>
        <source>This encounter is %1 and cannot be changed by coding now.</source>
        <translation>Esta consulta está en el estado &quot;%1&quot; y ya no se puede cambiar mediante la codificación.</translation>
    </message>
    <message>
        <source>Code at least one diagnosis.</source>
        <translation>Codifique al menos un diagnóstico.</translation>
    </message>
    <message>
        <source>Code at least one service line.</source>
        <translation>Codifique al menos una línea de servicio.</translation>
    </message>
    <message>
        <source>Line %1 (%2) points to no diagnosis: every service needs the diagnosis that supports it.</source>
        <translation>La línea %1 (%2) no apunta a ningún diagnóstico: cada servicio necesita el diagnóstico que lo respalda.</translation>
    </message>
    <message>
        <source>Tick the required %1 checklist items: %2.</source>
        <translation>Marque los elementos obligatorios de la lista de verificación %1: %2.</translation>
    </message>
    <message>
        <source>The encounter cannot be marked coded yet:
• %1</source>
        <translation>Todavía no se puede marcar la consulta como codificada:
• %1</translation>
    </message>
    <message>
        <source>This patient has no earlier coded visit to copy from.</source>
        <translation>Este paciente no tiene ninguna consulta anterior codificada de la cual copiar.</translation>
    </message>
</context>
<context>
    <name>cc::Database</name>
    <message>
        <source>CleanClaim cannot open its database because the SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>CleanClaim no puede abrir su base de datos porque el controlador SQLite de Qt no está instalado (paquete libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a practice database file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos de consultorio.</translation>
    </message>
    <message>
        <source>There is no practice database at %1.</source>
        <translation>No hay ninguna base de datos de consultorio en %1.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created, so no practice database can be kept there. Choose another location.</source>
        <translation>No se pudo crear la carpeta %1, así que no se puede guardar allí una base de datos de consultorio. Elija otra ubicación.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so no practice database can be created there. Choose another location.</source>
        <translation>La carpeta %1 es de solo lectura, así que no se puede crear allí una base de datos de consultorio. Elija otra ubicación.</translation>
    </message>
    <message>
        <source>The practice database %1 could not be created.</source>
        <translation>No se pudo crear la base de datos de consultorio %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read with your account&apos;s permissions.</source>
        <translation>El archivo %1 no se puede leer con los permisos de su cuenta.</translation>
    </message>
    <message>
        <source>The practice database %1 or its folder is read-only. CleanClaim needs to write there to keep your work safe; copy the file to a folder you may write to.</source>
        <translation>La base de datos de consultorio %1 o su carpeta es de solo lectura. CleanClaim necesita escribir allí para mantener su trabajo a salvo; copie el archivo a una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>The change was refused because it conflicts with data already saved (a duplicate or a missing link). Nothing was changed.</source>
        <translation>Se rechazó el cambio porque entra en conflicto con datos ya guardados (un duplicado o un vínculo faltante). No se cambió nada.</translation>
    </message>
    <message>
        <source>The practice database is busy: another CleanClaim window or program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>La base de datos del consultorio está ocupada: otra ventana de CleanClaim u otro programa está escribiendo en ella. No se cambió nada; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>This file is not a CleanClaim database, or it is damaged. It was not changed. Open another file or restore a backup.</source>
        <translation>Este archivo no es una base de datos de CleanClaim o está dañado. No se modificó. Abra otro archivo o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved. Nothing was changed; free some space and try again.</source>
        <translation>El disco está lleno, así que no se pudo guardar el cambio. No se cambió nada; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The practice database can only be read here (the file or its folder is read-only). Nothing was changed.</source>
        <translation>Aquí la base de datos del consultorio solo se puede leer (el archivo o su carpeta es de solo lectura). No se cambió nada.</translation>
    </message>
    <message>
        <source>The practice database could not be opened. Check that the folder exists and that you may write to it.</source>
        <translation>No se pudo abrir la base de datos del consultorio. Verifique que la carpeta exista y que usted pueda escribir en ella.</translation>
    </message>
    <message>
        <source>The practice database reported an error, so the action was not completed. Nothing was changed.</source>
        <translation>La base de datos del consultorio informó un error, así que la acción no se completó. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>cc::DemoBuilder</name>
    <message>
        <source>The demo takes between 0 and 2,000,000 encounters.</source>
        <translation>La demostración admite entre 0 y 2 millones de consultas.</translation>
    </message>
    <message>
        <source>The demo needs a valid date for today.</source>
        <translation>La demostración necesita una fecha válida para hoy.</translation>
    </message>
    <message>
        <source>This database already holds the practice &quot;%1&quot;; a demo practice goes into a new, empty file.</source>
        <translation>Esta base de datos ya contiene el consultorio &quot;%1&quot;; un consultorio de demostración se crea en un archivo nuevo y vacío.</translation>
    </message>
</context>
<context>
    <name>cc::EditEngine</name>
    <message>
        <source>The medical-necessity rule pack is not valid JSON: %1.</source>
        <translation>El paquete de reglas de necesidad médica no es JSON válido: %1.</translation>
    </message>
    <message>
        <source>Every rule of the medical-necessity pack needs service codes and diagnoses (rule &quot;%1&quot;).</source>
        <translation>Cada regla del paquete de necesidad médica necesita códigos de servicio y diagnósticos (regla &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The shipped medical-necessity rules are missing.</source>
        <translation>Faltan las reglas de necesidad médica incluidas con CleanClaim.</translation>
    </message>
    <message>
        <source>The claim has no %1, which the 837P requires.</source>
        <translation>La reclamación no tiene %1, un dato que el 837P exige.</translation>
    </message>
    <message>
        <source>Fill in the %1 before the claim is submitted.</source>
        <translation>Complete el dato “%1” antes de enviar la reclamación.</translation>
    </message>
    <message>
        <source>date of service</source>
        <translation>fecha de servicio</translation>
    </message>
    <message>
        <source>member id</source>
        <translation>ID de miembro</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>diagnóstico</translation>
    </message>
    <message>
        <source>service line</source>
        <translation>línea de servicio</translation>
    </message>
    <message>
        <source>place of service</source>
        <translation>lugar de servicio</translation>
    </message>
    <message>
        <source>billing provider</source>
        <translation>proveedor de facturación</translation>
    </message>
    <message>
        <source>rendering provider</source>
        <translation>proveedor que prestó el servicio</translation>
    </message>
    <message>
        <source>%1 NPI</source>
        <translation>NPI del %1</translation>
    </message>
    <message>
        <source>The %1 NPI %2 fails the NPI check digit (Luhn with prefix 80840): it is mistyped.</source>
        <translation>El NPI %2 del %1 no pasa la validación del dígito verificador (Luhn con prefijo 80840): está mal escrito.</translation>
    </message>
    <message>
        <source>Copy the NPI again from the NPPES registry.</source>
        <translation>Vuelva a copiar el NPI desde el registro NPPES.</translation>
    </message>
    <message>
        <source>The claim has %1 diagnoses; a professional claim holds 12.</source>
        <translation>La reclamación tiene %1 diagnósticos; una reclamación profesional admite 12.</translation>
    </message>
    <message>
        <source>Keep the 12 that the services point to; split the claim if more are needed.</source>
        <translation>Conserve los 12 a los que apuntan los servicios; si se necesitan más, divida la reclamación.</translation>
    </message>
    <message>
        <source>The date of service %1 is in the future.</source>
        <translation>La fecha de servicio %1 está en el futuro.</translation>
    </message>
    <message>
        <source>Correct the date, or wait until the service is given.</source>
        <translation>Corrija la fecha, o espere hasta que se preste el servicio.</translation>
    </message>
    <message>
        <source>%1 accepts claims up to %2 days after the date of service; this one is %3 days old.</source>
        <translation>%1 acepta reclamaciones hasta %2 días después de la fecha de servicio; esta tiene %3 días de antigüedad.</translation>
    </message>
    <message>
        <source>Submit only with proof of timely filing (an earlier submission or a payer delay); otherwise the charge is written off.</source>
        <translation>Envíela solo con un comprobante de presentación oportuna (un envío anterior o una demora del pagador); de lo contrario, el cargo se cancela (write-off).</translation>
    </message>
    <message>
        <source>%1 timely-filing limit</source>
        <translation>Plazo de presentación oportuna de %1</translation>
    </message>
    <message>
        <source>Line %1 (%2) has %3 diagnosis pointers; a line takes 1 to 4.</source>
        <translation>La línea %1 (%2) tiene %3 punteros de diagnóstico; una línea admite de 1 a 4.</translation>
    </message>
    <message>
        <source>Point the line to the diagnoses that support it.</source>
        <translation>Haga que la línea apunte a los diagnósticos que la respaldan.</translation>
    </message>
    <message>
        <source>Line %1 (%2) points to diagnosis %3, which the claim does not have.</source>
        <translation>La línea %1 (%2) apunta al diagnóstico %3, que la reclamación no tiene.</translation>
    </message>
    <message numerus="yes">
        <source>Point it to one of the claim&apos;s %n diagnosis(es).</source>
        <translation>
            <numerusform>Haga que apunte al diagnóstico de la reclamación (%n en total).</numerusform>
            <numerusform>Haga que apunte a uno de los %n diagnósticos de la reclamación.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a valid code on %2.</source>
        <translation>%1 no es un código válido el %2.</translation>
    </message>
    <message>
        <source>Choose a code from the code set in force on the date of service.</source>
        <translation>Elija un código del conjunto de códigos vigente en la fecha de servicio.</translation>
    </message>
    <message>
        <source>%1 (%2) is a category, not a billable code.</source>
        <translation>%1 (%2) es una categoría, no un código facturable.</translation>
    </message>
    <message>
        <source>Choose the billable code under it that the note supports.</source>
        <translation>Elija el código facturable que esté bajo ella y que la nota respalde.</translation>
    </message>
    <message>
        <source>%1 (%2) is an unspecified code; payers may deny it when the record supports more detail.</source>
        <translation>%1 (%2) es un código no especificado; los pagadores pueden rechazarlo cuando el expediente respalda más detalle.</translation>
    </message>
    <message>
        <source>Code the detail the note documents, or query the provider.</source>
        <translation>Codifique el detalle que documenta la nota, o envíe una solicitud de aclaración al proveedor.</translation>
    </message>
    <message>
        <source>%1 is a manifestation code and may not be the principal diagnosis.</source>
        <translation>%1 es un código de manifestación y no puede ser el diagnóstico principal.</translation>
    </message>
    <message>
        <source>Put the underlying condition first and the manifestation after it.</source>
        <translation>Ponga primero la afección subyacente y después la manifestación.</translation>
    </message>
    <message>
        <source>%1 applies to female patients only; this patient is recorded as male.</source>
        <translation>%1 se aplica solo a pacientes de sexo femenino; este paciente está registrado como de sexo masculino.</translation>
    </message>
    <message>
        <source>Check the patient&apos;s sex in registration and the code.</source>
        <translation>Verifique el sexo del paciente en el registro de admisión y el código.</translation>
    </message>
    <message>
        <source>%1 applies to male patients only; this patient is recorded as female.</source>
        <translation>%1 se aplica solo a pacientes de sexo masculino; esta paciente está registrada como de sexo femenino.</translation>
    </message>
    <message>
        <source>%1 is a maternity code, expected for ages 9 to 64; the patient is %2.</source>
        <translation>%1 es un código de maternidad, previsto para edades de 9 a 64 años; el paciente tiene %2 años.</translation>
    </message>
    <message>
        <source>Check the code and the patient&apos;s date of birth.</source>
        <translation>Verifique el código y la fecha de nacimiento del paciente.</translation>
    </message>
    <message>
        <source>%1 is a perinatal code and the patient is past the first 28 days of life.</source>
        <translation>%1 es un código perinatal y el paciente ya superó los primeros 28 días de vida.</translation>
    </message>
    <message>
        <source>Keep it only if the perinatal condition persists and is documented; otherwise code the current condition.</source>
        <translation>Consérvelo solo si la afección perinatal persiste y está documentada; de lo contrario, codifique la afección actual.</translation>
    </message>
    <message>
        <source>%1 (%2) is covered for specific diagnoses, and %3 is not one of them, so the payer will deny it as not medically necessary.</source>
        <translation>El servicio %1 (%2) tiene cobertura solo para diagnósticos específicos, y %3 no está entre ellos, así que el pagador lo rechazará por no ser médicamente necesario.</translation>
    </message>
    <message>
        <source>Point the line to a diagnosis the note documents as its reason, or send the provider a query asking for the indication.</source>
        <translation>Haga que la línea apunte a un diagnóstico que la nota documente como su motivo, o envíe al proveedor una solicitud de aclaración para preguntarle la indicación.</translation>
    </message>
    <message>
        <source>%1 (CleanClaim medical-necessity pack %2)</source>
        <translation>%1 (paquete de necesidad médica de CleanClaim %2)</translation>
    </message>
    <message>
        <source>The visit %1 is billed with a minor procedure on the same day without modifier 25, so it will be bundled into the procedure.</source>
        <translation>La visita %1 se factura con un procedimiento menor el mismo día sin el modificador 25, así que quedará incluida (bundled) en el procedimiento.</translation>
    </message>
    <message>
        <source>Add modifier 25 if the note documents a significant, separately identifiable evaluation; otherwise remove the visit.</source>
        <translation>Agregue el modificador 25 si la nota documenta una evaluación significativa e identificable por separado; de lo contrario, elimine la visita.</translation>
    </message>
</context>
<context>
    <name>cc::EncounterRepository</name>
    <message>
        <source>Encounter %1 was changed by someone else since you opened it. Nothing of yours was saved over it: reopen the encounter to see the change, then redo your edit.</source>
        <translation>Otra persona cambió la consulta %1 después de que usted la abrió. No se guardó nada suyo encima de ese cambio: vuelva a abrir la consulta para ver el cambio y luego rehaga su edición.</translation>
    </message>
</context>
<context>
    <name>cc::EncounterService</name>
    <message>
        <source>Choose a date range whose start is not after its end.</source>
        <translation>Elija un rango de fechas cuyo inicio no sea posterior a su final.</translation>
    </message>
    <message>
        <source>Encounter %1 no longer exists.</source>
        <translation>La consulta %1 ya no existe.</translation>
    </message>
    <message>
        <source>open another provider&apos;s encounter</source>
        <translation>abrir la consulta de otro proveedor</translation>
    </message>
</context>
<context>
    <name>cc::EncounterState</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codificando</translation>
    </message>
    <message>
        <source>Query pending</source>
        <translation>En aclaración</translation>
    </message>
    <message>
        <source>Coded</source>
        <translation>Codificada</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturada</translation>
    </message>
</context>
<context>
    <name>cc::Error</name>
    <message>
        <source>Your role does not allow this: %1. Ask the office manager if you need it.</source>
        <translation>Su rol no le permite hacer esto: %1. Si lo necesita, pídaselo al gerente de oficina.</translation>
    </message>
</context>
<context>
    <name>cc::FeeScheduleWidget</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <source>The CPT or HCPCS code billed</source>
        <translation>El código CPT o HCPCS facturado</translation>
    </message>
    <message>
        <source>The payer the charge is for; “Practice default” applies to every payer without a fee of its own</source>
        <translation>El pagador al que corresponde el cargo; “Tarifa estándar” se aplica a todos los pagadores que no tienen tarifa propia</translation>
    </message>
    <message>
        <source>What the practice charges for one unit</source>
        <translation>Lo que cobra el consultorio por una unidad</translation>
    </message>
    <message>
        <source>The first date of service the charge applies to; a later row of the same code and payer takes over from its own date</source>
        <translation>La primera fecha de servicio a la que se aplica el cargo; una fila posterior del mismo código y pagador la reemplaza a partir de su propia fecha</translation>
    </message>
    <message>
        <source>Filter the fee schedule</source>
        <translation>Filtrar la tabla de tarifas</translation>
    </message>
    <message>
        <source>Filter by code or payer (Ctrl+F)</source>
        <translation>Filtrar por código o pagador (Ctrl+F)</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>Tabla de tarifas</translation>
    </message>
    <message>
        <source>Add or change a fee</source>
        <translation>Agregar o cambiar una tarifa</translation>
    </message>
    <message>
        <source>99213</source>
        <translation>99213</translation>
    </message>
    <message>
        <source>A CPT or HCPCS code: five letters or digits, such as 99213 or G0439</source>
        <translation>Un código CPT o HCPCS: cinco letras o dígitos, por ejemplo 99213 o G0439</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>“Practice default” applies to every payer without a fee of its own</source>
        <translation>“Tarifa estándar” se aplica a todos los pagadores que no tienen tarifa propia</translation>
    </message>
    <message>
        <source>Practice default</source>
        <translation>Tarifa estándar</translation>
    </message>
    <message>
        <source>&amp;Payer:</source>
        <translation>&amp;Pagador:</translation>
    </message>
    <message>
        <source>Charge in dollars</source>
        <translation>Cargo en dólares</translation>
    </message>
    <message>
        <source>130.00</source>
        <translation>130.00</translation>
    </message>
    <message>
        <source>Dollars and cents, such as 130.00 or $1,250.50</source>
        <translation>Dólares y centavos, por ejemplo 130.00 o $1,250.50</translation>
    </message>
    <message>
        <source>C&amp;harge:</source>
        <translation>Ca&amp;rgo:</translation>
    </message>
    <message>
        <source>The first date of service the charge applies to</source>
        <translation>La primera fecha de servicio a la que se aplica el cargo</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>&amp;Vigente desde:</translation>
    </message>
    <message>
        <source>Fee message</source>
        <translation>Mensaje de tarifas</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>Clear the form to add a fee (Ctrl+N)</source>
        <translation>Vaciar el formulario para agregar una tarifa (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the fee; the same code, payer and date replace the old charge (Ctrl+S)</source>
        <translation>Guardar la tarifa; con el mismo código, pagador y fecha se reemplaza el cargo anterior (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Eliminar seleccionadas</translation>
    </message>
    <message>
        <source>Remove the fees selected in the table (Del in the table)</source>
        <translation>Eliminar las tarifas seleccionadas en la tabla (Delete en la tabla)</translation>
    </message>
    <message>
        <source>&amp;Undo removal</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>Put back the fees just removed (Ctrl+Z)</source>
        <translation>Restaurar las tarifas que se acaban de eliminar (Ctrl+Z)</translation>
    </message>
    <message numerus="yes">
        <source>%n fee(s)</source>
        <translation>
            <numerusform>%n tarifa</numerusform>
            <numerusform>%n tarifas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n fee(s)</source>
        <translation>
            <numerusform>%1 de %n tarifa</numerusform>
            <numerusform>%1 de %n tarifas</numerusform>
        </translation>
    </message>
    <message>
        <source>The fee schedule is empty, so claims cannot be priced. Add a fee with the form: the code, “Practice default” or a payer, the charge and the date it applies from.</source>
        <translation>La tabla de tarifas está vacía, así que no se pueden asignar precios a las reclamaciones. Agregue una tarifa con el formulario: el código, “Tarifa estándar” o un pagador, el cargo y la fecha desde la que se aplica.</translation>
    </message>
    <message numerus="yes">
        <source>No fee matches “%1”. Clear the filter to see all %n fee(s).</source>
        <translation>
            <numerusform>Ninguna tarifa coincide con “%1”. Borre el filtro para ver la tarifa (%n en total).</numerusform>
            <numerusform>Ninguna tarifa coincide con “%1”. Borre el filtro para ver las %n tarifas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving replaces the charge of %1 for %2 from %3 (now %4).</source>
        <translation>Al guardar se reemplaza el cargo de %1 para %2 desde el %3 (ahora %4).</translation>
    </message>
    <message>
        <source>Saving adds a charge from %1 on; %2 applies before that date.</source>
        <translation>Al guardar se agrega un cargo a partir del %1; antes de esa fecha se aplica %2.</translation>
    </message>
    <message>
        <source>Saving adds the first charge of %1 for %2.</source>
        <translation>Al guardar se agrega el primer cargo de %1 para %2.</translation>
    </message>
    <message>
        <source>✖ Type the charge, such as 130.00.</source>
        <translation>✖ Escriba el cargo, por ejemplo 130.00.</translation>
    </message>
    <message>
        <source>✖ “%1” is not an amount: type dollars and cents, such as 130.00.</source>
        <translation>✖ “%1” no es un monto: escriba dólares y centavos, por ejemplo 130.00.</translation>
    </message>
    <message>
        <source>✖ A charge cannot be negative: type what the practice bills, such as 130.00. Nothing was saved.</source>
        <translation>✖ Un cargo no puede ser negativo: escriba lo que factura el consultorio, por ejemplo 130.00. No se guardó nada.</translation>
    </message>
    <message>
        <source>✔ Saved: %1 for %2, %3 from %4.</source>
        <translation>✔ Guardado: %1 para %2, %3 desde el %4.</translation>
    </message>
    <message>
        <source>Select the fees to remove in the table first.</source>
        <translation>Primero seleccione en la tabla las tarifas que desea eliminar.</translation>
    </message>
    <message>
        <source>Removed the fee of %1 for %2 (%3 from %4). Undo with Ctrl+Z.</source>
        <translation>Se eliminó la tarifa de %1 para %2 (%3 desde el %4). Para deshacer, use Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n fee(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Se eliminó %n tarifa. Para deshacer, use Ctrl+Z.</numerusform>
            <numerusform>Se eliminaron %n tarifas. Para deshacer, use Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n fee(s).</source>
        <translation>
            <numerusform>Se restauró %n tarifa.</numerusform>
            <numerusform>Se restauraron %n tarifas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::FirstRunDialog</name>
    <message>
        <source>Welcome to CleanClaim</source>
        <translation>Le damos la bienvenida a CleanClaim</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to CleanClaim&lt;/h2&gt;&lt;p&gt;There is no practice in &lt;tt&gt;%1&lt;/tt&gt; yet. How do you want to start?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Le damos la bienvenida a CleanClaim&lt;/h2&gt;&lt;p&gt;Todavía no hay ningún consultorio en &lt;tt&gt;%1&lt;/tt&gt;. ¿Cómo desea comenzar?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A &amp;demo practice with made-up patients, to learn and try the workstation</source>
        <translation>Un consultorio de &amp;demostración con pacientes ficticios, para aprender y probar la estación de trabajo</translation>
    </message>
    <message>
        <source>An &amp;empty practice: my own providers, payers and patients</source>
        <translation>Un consultorio &amp;vacío: mis propios proveedores, pagadores y pacientes</translation>
    </message>
    <message>
        <source>&amp;Open another practice file…</source>
        <translation>&amp;Abrir otro archivo de consultorio…</translation>
    </message>
    <message>
        <source>Encounters over the last 30 days:</source>
        <translation>Consultas en los últimos 30 días:</translation>
    </message>
    <message>
        <source>Practice name:</source>
        <translation>Nombre del consultorio:</translation>
    </message>
    <message>
        <source>Group NPI:</source>
        <translation>NPI del grupo:</translation>
    </message>
    <message>
        <source>Tax id (EIN):</source>
        <translation>Identificación fiscal (EIN):</translation>
    </message>
    <message>
        <source>Administrator user name:</source>
        <translation>Nombre de usuario del administrador:</translation>
    </message>
    <message>
        <source>Administrator full name:</source>
        <translation>Nombre completo del administrador:</translation>
    </message>
    <message>
        <source>Password (8 or more characters):</source>
        <translation>Contraseña (8 caracteres o más):</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Repita la contraseña:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Las dos contraseñas no coinciden. Escriba la misma contraseña dos veces.</translation>
    </message>
    <message>
        <source>Open a practice file</source>
        <translation>Abrir un archivo de consultorio</translation>
    </message>
    <message>
        <source>CleanClaim practice (*.sqlite *.db);;All files (*)</source>
        <translation>Consultorio de CleanClaim (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>cc::InlineMessage</name>
    <message>
        <source>Show details…</source>
        <translation>Mostrar detalles…</translation>
    </message>
</context>
<context>
    <name>cc::InstanceLock</name>
    <message>
        <source>CleanClaim is already open on this practice (%1), in process %2 on %3. Switch to that window, or close it and start again.</source>
        <translation>CleanClaim ya está abierto en este consultorio (%1), en el proceso %2 del equipo %3. Cambie a esa ventana, o ciérrela y vuelva a empezar.</translation>
    </message>
</context>
<context>
    <name>cc::LoginDialog</name>
    <message>
        <source>CleanClaim — Log in</source>
        <translation>CleanClaim — Iniciar sesión</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CleanClaim&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;CleanClaim&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Demo practice&lt;/b&gt;: made-up patients only. Log in as any of these:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Consultorio de demostración&lt;/b&gt;: solo pacientes ficticios. Inicie sesión con una de estas cuentas:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>cc::MainWindow</name>
    <message>
        <source>CleanClaim — %1</source>
        <translation>CleanClaim — %1</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Áreas de trabajo</translation>
    </message>
    <message>
        <source>Coder queue</source>
        <translation>Cola de codificación</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>This version of CleanClaim has no workspace yet for the %1 role. Log out (Ctrl+Shift+Q) and log in with another account.</source>
        <translation>Esta versión de CleanClaim todavía no tiene un área de trabajo para el rol %1. Cierre sesión (Ctrl+Shift+Q) e inicie sesión con otra cuenta.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;&lt;p&gt;CleanClaim locked itself after a while without use. %1, enter your password to go on.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bloqueado&lt;/h2&gt;&lt;p&gt;CleanClaim se bloqueó automáticamente tras un tiempo sin uso. %1, escriba su contraseña para continuar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <translation>%1 (%2) · %3 · %4</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Bloquear pantalla</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About CleanClaim</source>
        <translation>&amp;Acerca de CleanClaim</translation>
    </message>
    <message>
        <source>About CleanClaim</source>
        <translation>Acerca de CleanClaim</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CleanClaim %1&lt;/h3&gt;&lt;p&gt;A coder–biller workstation for small medical practices.&lt;/p&gt;&lt;p&gt;CPT is a registered trademark of the American Medical Association. CleanClaim ships no CPT descriptors.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CleanClaim %1&lt;/h3&gt;&lt;p&gt;Una estación de trabajo para codificadores y facturadores de consultorios médicos pequeños.&lt;/p&gt;&lt;p&gt;CPT es una marca registrada de la American Medical Association. CleanClaim no incluye descriptores CPT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Solicitudes de aclaración</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Code sets</source>
        <translation>Conjuntos de códigos</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>Tabla de tarifas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>cc::Migrator</name>
    <message>
        <source>This practice database was saved by a newer version of CleanClaim (schema %1; this program knows up to %2). It was not changed. Install the newer CleanClaim to open it.</source>
        <translation>Esta base de datos de consultorio fue guardada por una versión más reciente de CleanClaim (esquema %1; este programa conoce hasta el %2). No se modificó. Instale la versión más reciente de CleanClaim para abrirla.</translation>
    </message>
    <message>
        <source>This file is a database of another program, not a CleanClaim practice. It was not changed. Choose a CleanClaim file or a new file name.</source>
        <translation>Este archivo es una base de datos de otro programa, no un consultorio de CleanClaim. No se modificó. Elija un archivo de CleanClaim o un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>The database update step %1 could not be read, so the database was left as it was.</source>
        <translation>No se pudo leer el paso de actualización %1 de la base de datos, así que la base de datos quedó como estaba.</translation>
    </message>
    <message>
        <source>The database could not be updated to schema %1; it was left unchanged at schema %2.</source>
        <translation>No se pudo actualizar la base de datos al esquema %1; quedó sin cambios en el esquema %2.</translation>
    </message>
</context>
<context>
    <name>cc::PracticeService</name>
    <message>
        <source>Enter the practice&apos;s name.</source>
        <translation>Escriba el nombre del consultorio.</translation>
    </message>
    <message>
        <source>The practice NPI %1 is not valid: an NPI has ten digits and ends with a check digit.</source>
        <translation>El NPI del consultorio %1 no es válido: un NPI tiene diez dígitos y termina con un dígito verificador.</translation>
    </message>
    <message>
        <source>The tax id (EIN) has nine digits, without a dash.</source>
        <translation>La identificación fiscal (EIN) tiene nueve dígitos, sin guion.</translation>
    </message>
    <message>
        <source>This database already holds a practice.</source>
        <translation>Esta base de datos ya contiene un consultorio.</translation>
    </message>
    <message>
        <source>The screen lock takes between 1 and 240 minutes.</source>
        <translation>El bloqueo de pantalla admite entre 1 y 240 minutos.</translation>
    </message>
    <message>
        <source>A CPT or HCPCS code has five letters or digits, such as 99213 or G0439.</source>
        <translation>Un código CPT o HCPCS tiene cinco letras o dígitos, por ejemplo 99213 o G0439.</translation>
    </message>
    <message>
        <source>A charge cannot be negative.</source>
        <translation>Un cargo no puede ser negativo.</translation>
    </message>
    <message>
        <source>Give the date from which the fee applies.</source>
        <translation>Indique la fecha a partir de la cual se aplica la tarifa.</translation>
    </message>
    <message>
        <source>A query becomes overdue after 1 to 60 days.</source>
        <translation>Una solicitud de aclaración vence después de 1 a 60 días.</translation>
    </message>
</context>
<context>
    <name>cc::ProviderInboxWidget</name>
    <message>
        <source>Show ans&amp;wered</source>
        <translation>Mostrar &amp;respondidas</translation>
    </message>
    <message>
        <source>Show answered queries</source>
        <translation>Mostrar solicitudes respondidas</translation>
    </message>
    <message>
        <source>List the queries you already answered too (Alt+W)</source>
        <translation>Incluir también las solicitudes que ya respondió (Alt+R)</translation>
    </message>
    <message>
        <source>Documentation queries</source>
        <translation>Solicitudes de aclaración de documentación</translation>
    </message>
    <message>
        <source>J/K or arrows: next/previous query · Enter: answer it · F5: refresh</source>
        <translation>J/K o flechas: solicitud siguiente/anterior · Enter: responderla · F5: actualizar</translation>
    </message>
    <message>
        <source>Select a query to read it and answer.</source>
        <translation>Seleccione una solicitud para leerla y responderla.</translation>
    </message>
    <message>
        <source>Question, quoted text and clinical note</source>
        <translation>Pregunta, texto citado y nota clínica</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>S&amp;pecify:</source>
        <translation>Es&amp;pecifique:</translation>
    </message>
    <message>
        <source>Specify the other answer</source>
        <translation>Especifique la otra respuesta</translation>
    </message>
    <message>
        <source>Your words for an option that asks you to specify (Alt+P)</source>
        <translation>Sus palabras para una opción que le pide especificar (Alt+P)</translation>
    </message>
    <message>
        <source>For “Other (please specify)”</source>
        <translation>Para “Other (please specify)”</translation>
    </message>
    <message>
        <source>Answer in your own clinical words.</source>
        <translation>Responda con sus propias palabras clínicas.</translation>
    </message>
    <message>
        <source>A&amp;ddendum to the note (optional):</source>
        <translation>A&amp;denda a la nota (opcional):</translation>
    </message>
    <message>
        <source>Addendum to the note</source>
        <translation>Adenda a la nota</translation>
    </message>
    <message>
        <source>Optional documentation added to the note (Alt+D)</source>
        <translation>Documentación opcional que se agrega a la nota (Alt+D)</translation>
    </message>
    <message>
        <source>Added below your note as “Addendum by %1 on &lt;i&gt;today&apos;s date&lt;/i&gt;: …”, signed with your name and dated. The original note is not changed.</source>
        <translation>Se agrega debajo de su nota como “Adenda de %1 del &lt;i&gt;fecha de hoy&lt;/i&gt;: …”, firmada con su nombre y fechada. La nota original no cambia.</translation>
    </message>
    <message>
        <source>&amp;Send answer</source>
        <translation>&amp;Enviar respuesta</translation>
    </message>
    <message>
        <source>Send your answer to the coder (Ctrl+Enter)</source>
        <translation>Enviar su respuesta al codificador (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The queries could not be loaded. Press F5 to try again.</source>
        <translation>No se pudieron cargar las solicitudes. Presione F5 para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Solicitudes de aclaración</translation>
    </message>
    <message>
        <source>Open queries: %1</source>
        <translation>Solicitudes abiertas: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Vencidas: %1</translation>
    </message>
    <message>
        <source>No queries yet — coders&apos; questions about your notes appear here.</source>
        <translation>Todavía no hay solicitudes — aquí aparecen las preguntas de los codificadores sobre sus notas.</translation>
    </message>
    <message>
        <source>No open queries — coders&apos; questions about your notes appear here.</source>
        <translation>No hay solicitudes abiertas — aquí aparecen las preguntas de los codificadores sobre sus notas.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Answered&lt;/b&gt; by %1 on %2:&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Respondida&lt;/b&gt; por %1 el %2:&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Addendum&lt;/b&gt;:&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Adenda&lt;/b&gt;:&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Seen %1 · asked by %2 on %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Consulta del %1 · enviada por %2 el %3&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: unanswered for more than %n day(s).</source>
        <translation>
            <numerusform>Vencida: sin respuesta por más de %n día.</numerusform>
            <numerusform>Vencida: sin respuesta por más de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h4&gt;Question&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Pregunta&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Quoted from your note&lt;/h4&gt;&lt;p&gt;&lt;i&gt;The coder quoted no part of the note.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Citado de su nota&lt;/h4&gt;&lt;p&gt;&lt;i&gt;El codificador no citó ninguna parte de la nota.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Quoted from your note&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Citado de su nota&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Clinical note&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Nota clínica&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The quoted words are no longer found as such in the note.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Las palabras citadas ya no aparecen tal cual en la nota.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Addenda&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Adendas&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>Choose “%1” (%2)</source>
        <translation>Elegir “%1” (%2)</translation>
    </message>
    <message>
        <source>Required for “%1”</source>
        <translation>Obligatorio para “%1”</translation>
    </message>
    <message>
        <source>You wrote “%1” under Specify but chose “%2”, which takes no detail: clear the Specify box or choose the option it belongs to.</source>
        <translation>Escribió “%1” en Especifique, pero eligió “%2”, que no admite detalles: vacíe el cuadro Especifique o elija la opción a la que corresponde.</translation>
    </message>
    <message>
        <source>“%1” needs your words: write them in the Specify box.</source>
        <translation>“%1” necesita sus palabras: escríbalas en el cuadro Especifique.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The chosen option followed by the provider&apos;s words, e.g. &quot;Other (please specify): midline&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <source>Answer sent to %1 for %2.</source>
        <translation>Respuesta enviada a %1 sobre %2.</translation>
    </message>
    <message>
        <source>Answer and addendum sent to %1 for %2.</source>
        <translation>Respuesta y adenda enviadas a %1 sobre %2.</translation>
    </message>
</context>
<context>
    <name>cc::QueryComposerDialog</name>
    <message>
        <source>Documentation query to %1</source>
        <translation>Solicitud de aclaración de documentación para %1</translation>
    </message>
    <message>
        <source>To &lt;b&gt;%1&lt;/b&gt; about &lt;b&gt;%2&lt;/b&gt;, seen %3. The encounter waits as “Query pending” until the provider answers.</source>
        <translation>Para &lt;b&gt;%1&lt;/b&gt; sobre &lt;b&gt;%2&lt;/b&gt;, visita del %3. La consulta queda en estado “En aclaración” hasta que el proveedor responda.</translation>
    </message>
    <message>
        <source>Query template</source>
        <translation>Plantilla de solicitud de aclaración</translation>
    </message>
    <message>
        <source>The compliant query form to start from (Alt+T)</source>
        <translation>El formato de solicitud conforme a las normas del que se parte (Alt+T)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Plan&amp;tilla:</translation>
    </message>
    <message>
        <source>Question to the provider</source>
        <translation>Pregunta para el proveedor</translation>
    </message>
    <message>
        <source>Prefilled from the template; keep it non-leading (Alt+Q)</source>
        <translation>Se rellena con la plantilla; evite que sea inductiva (Alt+P)</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>Quoted from the note</source>
        <translation>Texto citado de la nota</translation>
    </message>
    <message>
        <source>The part of the note the question is about (Alt+U)</source>
        <translation>La parte de la nota a la que se refiere la pregunta (Alt+C)</translation>
    </message>
    <message>
        <source>Select text in the note before composing, or paste it here.</source>
        <translation>Seleccione texto de la nota antes de redactar, o péguelo aquí.</translation>
    </message>
    <message>
        <source>Q&amp;uote from the note:</source>
        <translation>Texto &amp;citado de la nota:</translation>
    </message>
    <message>
        <source>Answer options</source>
        <translation>Opciones de respuesta</translation>
    </message>
    <message>
        <source>F2 edits the selected option, Insert adds one, Delete removes one</source>
        <translation>F2 edita la opción seleccionada, Insert agrega una, Delete elimina una</translation>
    </message>
    <message>
        <source>&amp;Add option</source>
        <translation>&amp;Agregar opción</translation>
    </message>
    <message>
        <source>Add a clinical option (Insert in the list)</source>
        <translation>Agregar una opción clínica (Insert en la lista)</translation>
    </message>
    <message>
        <source>&amp;Remove option</source>
        <translation>&amp;Quitar opción</translation>
    </message>
    <message>
        <source>Remove the selected option (Delete in the list)</source>
        <translation>Quitar la opción seleccionada (Delete en la lista)</translation>
    </message>
    <message>
        <source>“Other (please specify)” and “Clinically undetermined” always stay.</source>
        <translation>“Other (please specify)” y “Clinically undetermined” siempre se conservan.</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Opciones:</translation>
    </message>
    <message>
        <source>&amp;Send query</source>
        <translation>&amp;Enviar solicitud</translation>
    </message>
    <message>
        <source>Send the query to %1 (Ctrl+Enter)</source>
        <translation>Enviar la solicitud a %1 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without sending (Esc)</source>
        <translation>Cerrar sin enviar (Esc)</translation>
    </message>
    <message>
        <source>The question now follows the new template; Ctrl+Z in the question brings your wording back.</source>
        <translation>La pregunta ahora sigue la nueva plantilla; Ctrl+Z en la pregunta recupera su redacción.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Multiple choice&lt;/b&gt;: the provider picks one option.</source>
        <translation>&lt;b&gt;Opción múltiple&lt;/b&gt;: el proveedor elige una opción.</translation>
    </message>
    <message>
        <source>Quote the documentation the options are about.</source>
        <translation>Cite la documentación a la que se refieren las opciones.</translation>
    </message>
    <message>
        <source>Always offered: a compliant query keeps this option.</source>
        <translation>Siempre se ofrece: una solicitud conforme a las normas conserva esta opción.</translation>
    </message>
    <message>
        <source>F2 edits, Delete removes</source>
        <translation>F2 edita, Delete elimina</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yes/no&lt;/b&gt;: only to confirm a fact the note already documents, never to suggest a new diagnosis.</source>
        <translation>&lt;b&gt;Sí/no&lt;/b&gt;: solo para confirmar un hecho que la nota ya documenta, nunca para sugerir un diagnóstico nuevo.</translation>
    </message>
    <message>
        <source>Required: quote the documented fact the provider confirms.</source>
        <translation>Obligatorio: cite el hecho documentado que confirma el proveedor.</translation>
    </message>
    <message>
        <source>The provider answers “%1” or “%2”.</source>
        <translation>El proveedor responde “%1” o “%2”.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open-ended&lt;/b&gt;: the provider answers in their own words.</source>
        <translation>&lt;b&gt;Abierta&lt;/b&gt;: el proveedor responde con sus propias palabras.</translation>
    </message>
    <message>
        <source>Quote the documentation the question is about.</source>
        <translation>Cite la documentación a la que se refiere la pregunta.</translation>
    </message>
    <message>
        <source>No options: the provider writes the answer.</source>
        <translation>Sin opciones: el proveedor escribe la respuesta.</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Nueva opción</translation>
    </message>
    <message>
        <source>“%1” stays: a compliant multiple-choice query always offers it.</source>
        <translation>“%1” se conserva: una solicitud de opción múltiple conforme a las normas siempre la ofrece.</translation>
    </message>
    <message>
        <source>Choose a query template.</source>
        <translation>Elija una plantilla de solicitud de aclaración.</translation>
    </message>
    <message>
        <source>Replace %1 in the question with what it stands for before sending.</source>
        <translation>Antes de enviar, reemplace %1 en la pregunta por lo que representa.</translation>
    </message>
</context>
<context>
    <name>cc::QueryInboxModel</name>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Answered by %1 on %2</source>
        <translation>Respondida por %1 el %2</translation>
    </message>
    <message numerus="yes">
        <source>Unanswered for more than %n day(s): the coder is waiting to finish this encounter.</source>
        <translation>
            <numerusform>Sin respuesta por más de %n día: el codificador espera para terminar esta consulta.</numerusform>
            <numerusform>Sin respuesta por más de %n días: el codificador espera para terminar esta consulta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent by %1 on %2</source>
        <translation>Enviada por %1 el %2</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date of service</source>
        <translation>Fecha de servicio</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The patient of the encounter the query is about</source>
        <translation>El paciente de la consulta a la que se refiere la solicitud</translation>
    </message>
    <message>
        <source>When the patient was seen</source>
        <translation>Cuándo se atendió al paciente</translation>
    </message>
    <message>
        <source>The coder who asked</source>
        <translation>El codificador que preguntó</translation>
    </message>
    <message>
        <source>When the query was sent</source>
        <translation>Cuándo se envió la solicitud</translation>
    </message>
    <message numerus="yes">
        <source>Open, Overdue (unanswered for more than %n day(s)) or Answered</source>
        <translation>
            <numerusform>Abierta, Vencida (sin respuesta por más de %n día) o Respondida</numerusform>
            <numerusform>Abierta, Vencida (sin respuesta por más de %n días) o Respondida</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::QueryRepository</name>
    <message>
        <source>This query was already answered.</source>
        <translation>Esta solicitud de aclaración ya fue respondida.</translation>
    </message>
</context>
<context>
    <name>cc::QueryService</name>
    <message>
        <source>Choose a query template.</source>
        <translation>Elija una plantilla de solicitud de aclaración.</translation>
    </message>
    <message>
        <source>Write the question to the provider.</source>
        <translation>Escriba la pregunta para el proveedor.</translation>
    </message>
    <message>
        <source>A yes/no query may only confirm a documented fact: quote the part of the note it is about.</source>
        <translation>Una solicitud de aclaración de sí/no solo puede confirmar un hecho documentado: cite la parte de la nota a la que se refiere.</translation>
    </message>
    <message>
        <source>A multiple-choice query must keep the options &quot;Other&quot; and &quot;Clinically undetermined&quot;.</source>
        <translation>Una solicitud de aclaración de opción múltiple debe conservar las opciones &quot;Other&quot; (Otro) y &quot;Clinically undetermined&quot; (Clínicamente indeterminado).</translation>
    </message>
    <message>
        <source>Encounter %1 no longer exists.</source>
        <translation>La consulta %1 ya no existe.</translation>
    </message>
    <message>
        <source>This encounter is %1; queries are sent while it is being coded.</source>
        <translation>Esta consulta está en el estado &quot;%1&quot;; las solicitudes de aclaración se envían mientras se está codificando.</translation>
    </message>
    <message>
        <source>Your account is not linked to a provider, so no queries are addressed to you. Ask the administrator to link it.</source>
        <translation>Su cuenta no está vinculada a un proveedor, así que no hay solicitudes de aclaración dirigidas a usted. Pídale al administrador que la vincule.</translation>
    </message>
    <message>
        <source>Write or choose an answer before sending it.</source>
        <translation>Escriba o elija una respuesta antes de enviarla.</translation>
    </message>
    <message>
        <source>Query %1 no longer exists.</source>
        <translation>La solicitud de aclaración %1 ya no existe.</translation>
    </message>
    <message>
        <source>answer a query addressed to another provider</source>
        <translation>responder una solicitud de aclaración dirigida a otro proveedor</translation>
    </message>
    <message>
        <source>This query was already answered.</source>
        <translation>Esta solicitud de aclaración ya fue respondida.</translation>
    </message>
    <message>
        <source>Choose one of the options offered.</source>
        <translation>Elija una de las opciones ofrecidas.</translation>
    </message>
    <message>
        <source>Addendum by %1 on %2: %3</source>
        <translation>Adenda de %1 del %2: %3</translation>
    </message>
</context>
<context>
    <name>cc::QueueModel</name>
    <message>
        <source>No coverage</source>
        <translation>Sin cobertura</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>Devuelta: %1</translation>
    </message>
    <message>
        <source>Medical record number %1</source>
        <translation>Número de expediente médico %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Services</source>
        <translatorcomment>Column header of the coder queue: the column is 6 em wide and &quot;Servicios&quot; is clipped; the header tooltip gives the full text.</translatorcomment>
        <translation>Serv.</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translatorcomment>Column header of the coder queue: the column is 7 em wide and &quot;Diagnósticos&quot; is clipped; the header tooltip gives the full text.</translatorcomment>
        <translation>Diag.</translation>
    </message>
    <message>
        <source>Date of service</source>
        <translation>Fecha de servicio</translation>
    </message>
    <message>
        <source>Patient name and medical record number</source>
        <translation>Nombre del paciente y número de expediente médico</translation>
    </message>
    <message>
        <source>Rendering provider</source>
        <translation>Proveedor que prestó el servicio</translation>
    </message>
    <message>
        <source>Primary payer on the date of service</source>
        <translation>Pagador primario en la fecha de servicio</translation>
    </message>
    <message>
        <source>Where the encounter is in the coding workflow</source>
        <translation>En qué punto del flujo de codificación está la consulta</translation>
    </message>
    <message>
        <source>Service lines on the provider&apos;s superbill</source>
        <translation>Líneas de servicio de la hoja de servicios (superbill) del proveedor</translation>
    </message>
    <message>
        <source>Diagnoses coded so far</source>
        <translation>Diagnósticos codificados hasta ahora</translation>
    </message>
    <message>
        <source>%1 · answer received</source>
        <translation>%1 · respuesta recibida</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · vencida</translation>
    </message>
    <message>
        <source>The provider answered your query: open the encounter to read it.</source>
        <translation>El proveedor respondió su solicitud de aclaración: abra la consulta para leerla.</translation>
    </message>
    <message numerus="yes">
        <source>The query has waited more than %n day(s) for the provider&apos;s answer.</source>
        <translation>
            <numerusform>La solicitud de aclaración lleva más de %n día esperando la respuesta del proveedor.</numerusform>
            <numerusform>La solicitud de aclaración lleva más de %n días esperando la respuesta del proveedor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::SettingsWidget</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes without use before the screen locks</source>
        <translation>Minutos sin uso antes de que se bloquee la pantalla</translation>
    </message>
    <message>
        <source>Every seat locks itself after this many minutes without use; the user unlocks it with their password.</source>
        <translation>Cada puesto de trabajo se bloquea automáticamente tras esta cantidad de minutos sin uso; el usuario lo desbloquea con su contraseña.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days before an unanswered query is overdue</source>
        <translation>Días antes de que venza una solicitud de aclaración sin respuesta</translation>
    </message>
    <message>
        <source>Lock the screen after &amp;idle time:</source>
        <translation>Bloquear la pantalla tras un tiempo de &amp;inactividad de:</translation>
    </message>
    <message>
        <source>A query is &amp;overdue after:</source>
        <translation>Una solicitud de aclaración &amp;vence después de:</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar configuración</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message numerus="yes">
        <source>Saved. Seats lock after %n minute(s) without use.</source>
        <translation>
            <numerusform>Se guardó. Los puestos de trabajo se bloquean tras %n minuto sin uso.</numerusform>
            <numerusform>Se guardó. Los puestos de trabajo se bloquean tras %n minutos sin uso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::TemplateService</name>
    <message>
        <source>The template is not valid JSON: %1 (at character %2).</source>
        <translation>La plantilla no es JSON válido: %1 (en el carácter %2).</translation>
    </message>
    <message>
        <source>A query template needs a key, a title and a question.</source>
        <translation>Una plantilla de solicitud de aclaración necesita una clave, un título y una pregunta.</translation>
    </message>
    <message>
        <source>A multiple-choice query must offer the clinical options plus &quot;Other&quot; and &quot;Clinically undetermined&quot;.</source>
        <translation>Una solicitud de aclaración de opción múltiple debe ofrecer las opciones clínicas más &quot;Other&quot; (Otro) y &quot;Clinically undetermined&quot; (Clínicamente indeterminado).</translation>
    </message>
    <message>
        <source>A yes/no query offers exactly the options &quot;Yes&quot; and &quot;No&quot;.</source>
        <translation>Una solicitud de aclaración de sí/no ofrece exactamente las opciones &quot;Yes&quot; y &quot;No&quot;.</translation>
    </message>
    <message>
        <source>An open-ended query offers no options.</source>
        <translation>Una solicitud de aclaración abierta no ofrece opciones.</translation>
    </message>
    <message>
        <source>The form of a query is &quot;open&quot;, &quot;multiple_choice&quot; or &quot;yes_no&quot;.</source>
        <translation>El formato (form) de una solicitud de aclaración es &quot;open&quot;, &quot;multiple_choice&quot; o &quot;yes_no&quot;.</translation>
    </message>
    <message>
        <source>Every checklist item needs a key and a text.</source>
        <translation>Cada elemento de la lista de verificación necesita una clave y un texto.</translation>
    </message>
    <message>
        <source>A checklist needs a key, a title and at least one item.</source>
        <translation>Una lista de verificación necesita una clave, un título y al menos un elemento.</translation>
    </message>
    <message>
        <source>There is no template named %1.</source>
        <translation>No hay ninguna plantilla llamada %1.</translation>
    </message>
    <message>
        <source>The template&apos;s key must stay %1.</source>
        <translation>La clave de la plantilla debe seguir siendo %1.</translation>
    </message>
    <message>
        <source>The checklist&apos;s key must stay %1.</source>
        <translation>La clave de la lista de verificación debe seguir siendo %1.</translation>
    </message>
</context>
<context>
    <name>cc::TemplatesWidget</name>
    <message>
        <source>Multiple choice</source>
        <translation>Opción múltiple</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Sí o no</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Query templates and specialty checklists; “(edited)” marks the ones the practice changed</source>
        <translation>Plantillas de solicitudes de aclaración y listas de verificación por especialidad; “(editada)” marca las que el consultorio cambió</translation>
    </message>
    <message>
        <source>Template JSON</source>
        <translation>JSON de la plantilla</translation>
    </message>
    <message>
        <source>The template as JSON; the preview below follows as you type</source>
        <translation>La plantilla en JSON; la vista previa de abajo se actualiza mientras escribe</translation>
    </message>
    <message>
        <source>Choose a template on the left to read and edit it.</source>
        <translation>Elija una plantilla a la izquierda para leerla y editarla.</translation>
    </message>
    <message>
        <source>Template preview</source>
        <translation>Vista previa de la plantilla</translation>
    </message>
    <message>
        <source>What coders and providers will see</source>
        <translation>Lo que verán los codificadores y los proveedores</translation>
    </message>
    <message>
        <source>The preview of the chosen template shows here.</source>
        <translation>Aquí aparece la vista previa de la plantilla elegida.</translation>
    </message>
    <message>
        <source>Template message</source>
        <translation>Mensaje de la plantilla</translation>
    </message>
    <message>
        <source>&amp;Reset to the shipped version</source>
        <translation>&amp;Restablecer la versión original</translation>
    </message>
    <message>
        <source>Drop the practice&apos;s version and unsaved changes; the template shipped with CleanClaim applies again (Ctrl+Shift+R)</source>
        <translation>Descartar la versión del consultorio y los cambios sin guardar; vuelve a aplicarse la plantilla incluida con CleanClaim (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Check and save the template; a template that breaks a rule is not saved (Ctrl+S)</source>
        <translation>Verificar y guardar la plantilla; una plantilla que no cumple una regla no se guarda (Ctrl+S)</translation>
    </message>
    <message>
        <source>Query templates</source>
        <translation>Plantillas de solicitudes de aclaración</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listas de verificación</translation>
    </message>
    <message>
        <source>None in this copy of CleanClaim</source>
        <translation>Ninguna en esta copia de CleanClaim</translation>
    </message>
    <message>
        <source>(edited, unsaved)</source>
        <translation>(editada, sin guardar)</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(editada)</translation>
    </message>
    <message>
        <source>(unsaved)</source>
        <translation>(sin guardar)</translation>
    </message>
    <message>
        <source>%1 (%2): the practice&apos;s version applies</source>
        <translation>%1 (%2): se aplica la versión del consultorio</translation>
    </message>
    <message>
        <source>%1 (%2): the version shipped with CleanClaim applies</source>
        <translation>%1 (%2): se aplica la versión incluida con CleanClaim</translation>
    </message>
    <message>
        <source>Choose a query template or a checklist on the left.</source>
        <translation>Elija una plantilla de solicitud de aclaración o una lista de verificación a la izquierda.</translation>
    </message>
    <message>
        <source>Query template</source>
        <translation>Plantilla de solicitud de aclaración</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>the practice&apos;s edited version applies</source>
        <translation>se aplica la versión editada del consultorio</translation>
    </message>
    <message>
        <source>the version shipped with CleanClaim applies</source>
        <translation>se aplica la versión incluida con CleanClaim</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 &lt;tt&gt;%2&lt;/tt&gt;&lt;/b&gt; — %3%4</source>
        <translation>&lt;b&gt;%1 &lt;tt&gt;%2&lt;/tt&gt;&lt;/b&gt; — %3%4</translation>
    </message>
    <message>
        <source>; &lt;i&gt;unsaved changes&lt;/i&gt;</source>
        <translation>; &lt;i&gt;cambios sin guardar&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b00020&apos;&gt;✖ Not valid: %1&lt;/p&gt;&lt;p&gt;Fix the JSON above; it cannot be saved as it is.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b00020&apos;&gt;✖ No es válida: %1&lt;/p&gt;&lt;p&gt;Corrija el JSON de arriba; no se puede guardar tal como está.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Form:&lt;/i&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Formato:&lt;/i&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The provider answers in their own words.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;El proveedor responde con sus propias palabras.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Source: %1&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Fuente: %1&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>☐ %1 — &lt;b&gt;required&lt;/b&gt;&lt;br&gt;</source>
        <translation>☐ %1 — &lt;b&gt;obligatorio&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>☐ %1 — optional&lt;br&gt;</source>
        <translation>☐ %1 — opcional&lt;br&gt;</translation>
    </message>
    <message>
        <source>✖ Not saved: %1</source>
        <translation>✖ No se guardó: %1</translation>
    </message>
    <message>
        <source>✔ Saved. Queries sent from now on use this version.</source>
        <translation>✔ Guardada. Las solicitudes que se envíen a partir de ahora usarán esta versión.</translation>
    </message>
    <message>
        <source>✔ Saved. Coders see this checklist the next time they open an encounter.</source>
        <translation>✔ Guardada. Los codificadores verán esta lista de verificación la próxima vez que abran una consulta.</translation>
    </message>
    <message>
        <source>The shipped version applies again. Ctrl+Z in the editor brings the practice&apos;s version back, to save it again.</source>
        <translation>Vuelve a aplicarse la versión original. Ctrl+Z en el editor recupera la versión del consultorio, para volver a guardarla.</translation>
    </message>
    <message>
        <source>Unsaved changes dropped. Ctrl+Z in the editor brings them back.</source>
        <translation>Se descartaron los cambios sin guardar. Ctrl+Z en el editor los recupera.</translation>
    </message>
</context>
<context>
    <name>cc::cli</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>La opción %1 necesita un valor.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opción desconocida: %1.</translation>
    </message>
    <message>
        <source>demo takes no file names.</source>
        <translation>demo no admite nombres de archivo.</translation>
    </message>
    <message>
        <source>--encounters takes a whole number, 0 or more.</source>
        <translation>--encounters admite un número entero, 0 o mayor.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed admite un número entero.</translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD.</source>
        <translation>--today admite una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Demo practice created in %1: %2 providers, %3 payers, %4 patients, %5 encounters, %6 users (%7 ms).</source>
        <translation>Consultorio de demostración creado en %1: %2 proveedores, %3 pagadores, %4 pacientes, %5 consultas, %6 usuarios (%7 ms).</translation>
    </message>
    <message>
        <source>Log in as coder / coder-demo (see the login screen for every role).</source>
        <translation>Inicie sesión como coder / coder-demo (la pantalla de inicio de sesión muestra una cuenta para cada rol).</translation>
    </message>
    <message>
        <source>audit-verify takes no arguments.</source>
        <translation>audit-verify no admite argumentos.</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 rows, every hash matches.</source>
        <translation>Registro de auditoría intacto: %1 filas, todos los hashes coinciden.</translation>
    </message>
    <message>
        <source>Audit trail broken at row %1: %2</source>
        <translation>Registro de auditoría roto en la fila %1: %2</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>Comando desconocido: %1.</translation>
    </message>
    <message>
        <source>Commands need the practice database: add --db PATH before the command.</source>
        <translation>Los comandos necesitan la base de datos del consultorio: agregue --db RUTA antes del comando.</translation>
    </message>
    <message>
        <source>Usage: cleanclaim --db PATH [--user NAME] import-codes KIND FILE --effective YYYY-MM-DD [--release NAME]
KIND: icd10cm-order, icd10cm-codes, hcpcs, cpt-csv
</source>
        <translation>Uso: cleanclaim --db RUTA [--user NOMBRE] import-codes TIPO ARCHIVO --effective AAAA-MM-DD [--release NOMBRE]
TIPO: icd10cm-order, icd10cm-codes, hcpcs, cpt-csv
</translation>
    </message>
    <message>
        <source>Usage: cleanclaim --db PATH search-codes TEXT [--date YYYY-MM-DD] [--limit N]
</source>
        <translation>Uso: cleanclaim --db RUTA search-codes TEXTO [--date AAAA-MM-DD] [--limit N]
</translation>
    </message>
    <message>
        <source>Imported %1 codes and %2 modifiers into release &quot;%3&quot; (%4), effective %5.</source>
        <translation>Se importaron %1 códigos y %2 modificadores en la versión &quot;%3&quot; (%4), vigente desde el %5.</translation>
    </message>
    <message>
        <source>Imported %1 codes into release &quot;%2&quot; (%3), effective %4.</source>
        <translation>Se importaron %1 códigos en la versión &quot;%2&quot; (%3), vigente desde el %4.</translation>
    </message>
    <message>
        <source>A later %1 release takes over after %2.</source>
        <translation>Después del %2 rige una versión %1 posterior.</translation>
    </message>
    <message>
        <source>It replaces the earlier import of that release.</source>
        <translation>Reemplaza la importación anterior de esa versión.</translation>
    </message>
    <message>
        <source>import-codes takes a KIND and a FILE.</source>
        <translation>import-codes necesita un TIPO y un ARCHIVO.</translation>
    </message>
    <message>
        <source>Importing %1 files is not available yet.</source>
        <translation>Todavía no se pueden importar archivos %1.</translation>
    </message>
    <message>
        <source>Unknown KIND %1.</source>
        <translation>TIPO desconocido: %1.</translation>
    </message>
    <message>
        <source>import-codes needs --effective YYYY-MM-DD: the first date of service the release applies to.</source>
        <translation>import-codes necesita --effective AAAA-MM-DD: la primera fecha de servicio a la que se aplica la versión.</translation>
    </message>
    <message>
        <source>--effective takes a date as YYYY-MM-DD.</source>
        <translation>--effective admite una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Importing %1: %2% (%3 of %4)</source>
        <translation>Importando %1: %2% (%3 de %4)</translation>
    </message>
    <message>
        <source>search-codes needs the TEXT to look for: a code or words.</source>
        <translation>search-codes necesita el TEXTO que se va a buscar: un código o palabras.</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation>--date admite una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to %1.</source>
        <translation>--limit admite un número entero del 1 al %1.</translation>
    </message>
    <message>
        <source>No code in force on %1 matches &quot;%2&quot;.</source>
        <translation>Ningún código vigente el %1 coincide con &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No code set is in force on %1; import one with import-codes.</source>
        <translation>Ningún conjunto de códigos está vigente el %1; importe uno con import-codes.</translation>
    </message>
    <message>
        <source>Usage: cleanclaim [--db PATH] [--lang es] [--user NAME] [COMMAND [OPTIONS]]
With no command, the workstation window opens.
Commands:
  demo [--encounters N] [--seed S] [--today YYYY-MM-DD]
                        build a demo practice in an empty database
  audit-verify          check the audit trail&apos;s hash chain
  import-codes KIND FILE --effective YYYY-MM-DD [--release NAME]
                        KIND: icd10cm-order, icd10cm-codes, hcpcs, cpt-csv
  search-codes TEXT [--date YYYY-MM-DD] [--limit N]
                        code, kind, billable, description; one a line
Exit codes: 0 done, 1 the input has errors, 2 usage, 3 the database refused.
</source>
        <translation>Uso: cleanclaim [--db RUTA] [--lang es] [--user NOMBRE] [COMANDO [OPCIONES]]
Sin comando, se abre la ventana de la estación de trabajo.
Comandos:
  demo [--encounters N] [--seed S] [--today AAAA-MM-DD]
                        crea un consultorio de demostración en una base de datos vacía
  audit-verify          comprueba la cadena de hashes del registro de auditoría
  import-codes TIPO ARCHIVO --effective AAAA-MM-DD [--release NOMBRE]
                        TIPO: icd10cm-order, icd10cm-codes, hcpcs, cpt-csv
  search-codes TEXTO [--date AAAA-MM-DD] [--limit N]
                        código, tipo, facturable, descripción; uno por línea
Códigos de salida: 0 hecho, 1 la entrada tiene errores, 2 error de uso, 3 la base de datos rechazó la operación.
</translation>
    </message>
</context>
<context>
    <name>cc::password</name>
    <message>
        <source>The password library could not start.</source>
        <translation>No se pudo iniciar la biblioteca de contraseñas.</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory).</source>
        <translation>No se pudo proteger la contraseña (no hay suficiente memoria).</translation>
    </message>
</context>
<context>
    <name>cc::roles</name>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Biller</source>
        <translation>Facturador</translation>
    </message>
    <message>
        <source>Office manager</source>
        <translation>Gerente de oficina</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>open the coder queue</source>
        <translation>abrir la cola de codificación</translation>
    </message>
    <message>
        <source>code an encounter</source>
        <translation>codificar una consulta</translation>
    </message>
    <message>
        <source>send a documentation query</source>
        <translation>enviar una solicitud de aclaración de documentación</translation>
    </message>
    <message>
        <source>answer a documentation query</source>
        <translation>responder una solicitud de aclaración de documentación</translation>
    </message>
    <message>
        <source>accept or return coded work</source>
        <translation>aceptar o devolver trabajo codificado</translation>
    </message>
    <message>
        <source>override an error finding</source>
        <translation>anular un hallazgo de error</translation>
    </message>
    <message>
        <source>build and submit claims</source>
        <translation>preparar y enviar reclamaciones</translation>
    </message>
    <message>
        <source>post payments</source>
        <translation>registrar pagos</translation>
    </message>
    <message>
        <source>write off a balance</source>
        <translation>cancelar un saldo (write-off)</translation>
    </message>
    <message>
        <source>open the dashboard</source>
        <translation>abrir el panel de control</translation>
    </message>
    <message>
        <source>open the handoff log</source>
        <translation>abrir el registro de entregas</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>leer el registro de auditoría</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>administrar usuarios</translation>
    </message>
    <message>
        <source>import code sets</source>
        <translation>importar conjuntos de códigos</translation>
    </message>
    <message>
        <source>edit the fee schedule</source>
        <translation>editar la tabla de tarifas</translation>
    </message>
    <message>
        <source>edit query templates and checklists</source>
        <translation>editar plantillas de solicitudes de aclaración y listas de verificación</translation>
    </message>
    <message>
        <source>change practice settings</source>
        <translation>cambiar la configuración del consultorio</translation>
    </message>
</context>
</TS>
