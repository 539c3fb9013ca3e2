<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>cc::AckModel</name>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>ISA13</source>
        <translation>ISA13</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptados</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>When the file was read</source>
        <translation>Cuándo se leyó el archivo</translation>
    </message>
    <message>
        <source>999: the file&apos;s syntax was checked; 277CA: each claim was accepted or rejected</source>
        <translation>999: se verificó la sintaxis del archivo; 277CA: se aceptó o rechazó cada reclamación</translation>
    </message>
    <message>
        <source>The file as it was named when read</source>
        <translation>El nombre que tenía el archivo cuando se leyó</translation>
    </message>
    <message>
        <source>The acknowledgement&apos;s own interchange number</source>
        <translation>El número de intercambio propio del acuse de recibo</translation>
    </message>
    <message>
        <source>Claims (277CA) or transaction sets (999) accepted</source>
        <translation>Reclamaciones (277CA) o conjuntos de transacciones (999) aceptados</translation>
    </message>
    <message>
        <source>Claims (277CA) or transaction sets (999) rejected</source>
        <translation>Reclamaciones (277CA) o conjuntos de transacciones (999) rechazados</translation>
    </message>
    <message>
        <source>What the file said, in a sentence</source>
        <translation>Lo que indicó el archivo, en una frase</translation>
    </message>
</context>
<context>
    <name>cc::AckView</name>
    <message>
        <source>&amp;Import 999 / 277CA…</source>
        <translation>&amp;Importar 999 / 277CA…</translation>
    </message>
    <message>
        <source>Read an acknowledgement file from the clearinghouse or payer (Ctrl+I)</source>
        <translation>Leer un archivo de acuse de recibo de la cámara de compensación o del pagador (Ctrl+I)</translation>
    </message>
    <message>
        <source>A &lt;b&gt;999&lt;/b&gt; says whether the 837P file could be read; a &lt;b&gt;277CA&lt;/b&gt; says, claim by claim, whether the payer took the claim. Rejected claims go to Rejections to be fixed.</source>
        <translation>Un &lt;b&gt;999&lt;/b&gt; indica si se pudo leer el archivo 837P; un &lt;b&gt;277CA&lt;/b&gt; indica, reclamación por reclamación, si el pagador admitió la reclamación. Las reclamaciones rechazadas pasan a Rechazos para corregirlas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the last file said&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lo que indicó el último archivo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What the last acknowledgement file said</source>
        <translation>Lo que indicó el último archivo de acuse de recibo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Acknowledgements read&lt;/b&gt; — newest first</source>
        <translation>&lt;b&gt;Acuses de recibo leídos&lt;/b&gt; — los más recientes primero</translation>
    </message>
    <message>
        <source>Acknowledgements read</source>
        <translation>Acuses de recibo leídos</translation>
    </message>
    <message>
        <source>No acknowledgement has been read yet. When the clearinghouse sends a 999 or 277CA back, import it with Import 999 / 277CA (Ctrl+I).</source>
        <translation>Todavía no se ha leído ningún acuse de recibo. Cuando la cámara de compensación devuelva un 999 o un 277CA, impórtelo con Importar 999 / 277CA (Ctrl+I).</translation>
    </message>
    <message>
        <source>The acknowledgement file as received, one segment a line</source>
        <translation>El archivo de acuse de recibo tal como se recibió, un segmento por línea</translation>
    </message>
    <message>
        <source>Select an acknowledgement to read its file.</source>
        <translation>Seleccione un acuse de recibo para leer su archivo.</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Acuses de recibo</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · read %3 · ISA13 %4&lt;br&gt;%5</source>
        <extracomment>acknowledgement header: file name, kind, when read, ISA13, summary</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · leído el %3 · ISA13 %4&lt;br&gt;%5</translation>
    </message>
    <message>
        <source>Import a 999 or 277CA</source>
        <translation>Importar un 999 o un 277CA</translation>
    </message>
    <message>
        <source>Acknowledgements (*.x12 *.999 *.277 *.edi *.txt)</source>
        <translation>Acuses de recibo (*.x12 *.999 *.277 *.edi *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import acknowledgement</source>
        <translation>Importar acuse de recibo</translation>
    </message>
    <message>
        <source>%1 could not be opened: nothing was read.</source>
        <translation>No se pudo abrir %1: no se leyó nada.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not on file: %1 matches no claim or batch of this practice.</source>
        <translation>No registrado: %1 no coincide con ninguna reclamación ni lote de este consultorio.</translation>
    </message>
    <message>
        <source>Check that the file was meant for this practice</source>
        <translation>Compruebe que el archivo estaba destinado a este consultorio</translation>
    </message>
    <message>
        <source>&lt;b&gt;What %1 said&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lo que indicó %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Read %1 %2 — accepted: %3, rejected: %4.</source>
        <extracomment>&quot;Read 277CA ack.x12 — accepted: 1, rejected: 1.&quot; (claims for a 277CA, sets for a 999)</extracomment>
        <translation>Se leyó %1 %2 — aceptados: %3, rechazados: %4.</translation>
    </message>
    <message>
        <source>Rejected claims are under Rejections.</source>
        <translation>Las reclamaciones rechazadas están en Rechazos.</translation>
    </message>
    <message>
        <source>Numbers that match nothing on file: %1.</source>
        <translation>Números que no coinciden con nada registrado: %1.</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Se leyó %1</translation>
    </message>
</context>
<context>
    <name>cc::AgingModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>MRN %1</source>
        <translation>MRN %1</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Insurance total</source>
        <translation>Total del seguro</translation>
    </message>
    <message>
        <source>Patient balance</source>
        <translation>Saldo del paciente</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>The insurance balance still owed on these claims</source>
        <translation>El saldo del seguro aún pendiente de estas reclamaciones</translation>
    </message>
    <message>
        <source>What the patients owe on these claims, shown apart from the insurance balance</source>
        <translation>Lo que deben los pacientes por estas reclamaciones, mostrado aparte del saldo del seguro</translation>
    </message>
    <message>
        <source>Claims sent and not settled</source>
        <translation>Reclamaciones enviadas y no liquidadas</translation>
    </message>
    <message>
        <source>The insurance balance by days since the date of service</source>
        <translation>El saldo del seguro según los días transcurridos desde la fecha de servicio</translation>
    </message>
</context>
<context>
    <name>cc::AppealDialog</name>
    <message>
        <source>Appeal claim %1</source>
        <translation>Apelar la reclamación %1</translation>
    </message>
    <message>
        <source>Why appeal (kept in the denial&apos;s history)</source>
        <translation>Motivo de la apelación (se guarda en el historial de la denegación)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>The &amp;letter, from the appeal template. Replace the text in brackets, then save it as a PDF to send with the records.</source>
        <translation>La &amp;carta, a partir de la plantilla de apelación. Reemplace el texto entre corchetes y luego guárdela como PDF para enviarla con los expedientes.</translation>
    </message>
    <message>
        <source>Appeal letter</source>
        <translation>Carta de apelación</translation>
    </message>
    <message>
        <source>Save PDF and mark &amp;appealed</source>
        <translation>Guardar PDF y marcar como &amp;apelada</translation>
    </message>
</context>
<context>
    <name>cc::Application</name>
    <message>
        <source>CleanClaim</source>
        <translation>CleanClaim</translation>
    </message>
    <message>
        <source>The practice server %1 asks for your password.</source>
        <translation>El servidor de la consulta %1 pide su contraseña.</translation>
    </message>
    <message>
        <source>The server did not accept that password. Type it again.</source>
        <translation>El servidor no aceptó esa contraseña. Escríbala de nuevo.</translation>
    </message>
</context>
<context>
    <name>cc::ArService</name>
    <message>
        <source>0–30</source>
        <translation>0–30</translation>
    </message>
    <message>
        <source>31–60</source>
        <translation>31–60</translation>
    </message>
    <message>
        <source>61–90</source>
        <translation>61–90</translation>
    </message>
    <message>
        <source>91–120</source>
        <translation>91–120</translation>
    </message>
    <message>
        <source>120+</source>
        <translation>120+</translation>
    </message>
    <message>
        <source>Self-pay</source>
        <translation>Pago particular</translation>
    </message>
    <message>
        <source>Write what was done or learned (the note) before saving.</source>
        <translation>Escriba lo que se hizo o se averiguó (la nota) antes de guardar.</translation>
    </message>
    <message>
        <source>The next-action date %1 is in the past. Choose today or a later day, or leave it empty.</source>
        <translation>La fecha de próxima acción %1 ya pasó. Elija hoy o un día posterior, o déjela vacía.</translation>
    </message>
    <message>
        <source>Claim %1 is not on record.</source>
        <translation>La reclamación %1 no está registrada.</translation>
    </message>
</context>
<context>
    <name>cc::AuditAccuracyModel</name>
    <message>
        <source>Unknown coder</source>
        <translation>Codificador desconocido</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Lines agreed</source>
        <translation>Líneas coincidentes</translation>
    </message>
    <message>
        <source>Lines audited</source>
        <translation>Líneas auditadas</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>The month the encounters were recoded in</source>
        <translation>El mes en que se recodificaron las consultas</translation>
    </message>
    <message>
        <source>Encounters recoded</source>
        <translation>Consultas recodificadas</translation>
    </message>
    <message>
        <source>Code lines of either coding (a line only one side has counts as a disagreement)</source>
        <translation>Líneas de código de cualquiera de las dos codificaciones (una línea que solo tiene una de las partes cuenta como discrepancia)</translation>
    </message>
    <message>
        <source>Lines agreed ÷ lines audited</source>
        <translation>Líneas coincidentes ÷ líneas auditadas</translation>
    </message>
</context>
<context>
    <name>cc::AuditComparisonModel</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Coder&apos;s code means</source>
        <translation>Significado del código del codificador</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Auditor&apos;s code means</source>
        <translation>Significado del código del auditor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>The coder&apos;s line, as it was when the sample was drawn</source>
        <translation>La línea del codificador, tal como estaba cuando se extrajo la muestra</translation>
    </message>
    <message>
        <source>The auditor&apos;s blind recode</source>
        <translation>La recodificación a ciegas del auditor</translation>
    </message>
    <message>
        <source>A service line agrees when code, modifiers and units are the same; a diagnosis when the code is</source>
        <translation>Una línea de servicio coincide cuando el código, los modificadores y las unidades son iguales; un diagnóstico, cuando el código es igual</translation>
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
    <name>cc::BackupService</name>
    <message>
        <source>Choose a file to back up to.</source>
        <translation>Elija un archivo donde hacer la copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never writes over a file. Choose another name.</source>
        <translation>%1 ya existe; una copia de seguridad nunca escribe sobre un archivo. Elija otro nombre.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the practice database itself.</source>
        <translation>Una copia de seguridad no puede escribirse sobre la propia base de datos del consultorio.</translation>
    </message>
    <message>
        <source>The copy written to %1 did not pass its check, so it was deleted. Nothing was changed in the practice; try again, or back up to another disk.</source>
        <translation>La copia escrita en %1 no pasó su comprobación, así que se borró. No se cambió nada en el consultorio; inténtelo de nuevo o haga la copia en otro disco.</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
        <translation>No se pudo dar a la copia de seguridad su nombre %1.</translation>
    </message>
    <message>
        <source>This practice has never been backed up. A backup is a copy of every record to keep on another disk; make one now.</source>
        <translation>Nunca se ha hecho una copia de seguridad de este consultorio. Una copia de seguridad es una copia de todos los registros para guardar en otro disco; haga una ahora.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup of this practice was made %n day(s) ago, on %1 (%2). Make a new one now.</source>
        <translation>
            <numerusform>La última copia de seguridad de este consultorio se hizo hace %n día, el %1 (%2). Haga una nueva ahora.</numerusform>
            <numerusform>La última copia de seguridad de este consultorio se hizo hace %n días, el %1 (%2). Haga una nueva ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>No hay ninguna copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>%1 is the practice database itself, not a backup of it.</source>
        <translation>%1 es la propia base de datos del consultorio, no una copia de seguridad de ella.</translation>
    </message>
    <message>
        <source>%1 was not restored: %2 The practice database was not changed.</source>
        <translation>%1 no se restauró: %2 La base de datos del consultorio no se cambió.</translation>
    </message>
    <message>
        <source>it is not a database CleanClaim can read.</source>
        <translation>no es una base de datos que CleanClaim pueda leer.</translation>
    </message>
    <message>
        <source>%1 was not restored: it is not a CleanClaim practice backup. The practice database was not changed.</source>
        <translation>%1 no se restauró: no es una copia de seguridad de un consultorio de CleanClaim. La base de datos del consultorio no se cambió.</translation>
    </message>
    <message>
        <source>%1 was not restored: the file is damaged. The practice database was not changed; try an older backup.</source>
        <translation>%1 no se restauró: el archivo está dañado. La base de datos del consultorio no se cambió; pruebe con una copia más antigua.</translation>
    </message>
    <message>
        <source>%1 could not be copied beside the practice database (%2). Check that you may write there and that the disk has room. The practice database was not changed.</source>
        <translation>No se pudo copiar %1 junto a la base de datos del consultorio (%2). Compruebe que puede escribir allí y que el disco tiene espacio. La base de datos del consultorio no se cambió.</translation>
    </message>
    <message>
        <source>it could not be opened.</source>
        <translation>no se pudo abrir.</translation>
    </message>
    <message>
        <source>it was made by a newer CleanClaim; update this one first.</source>
        <translation>la hizo un CleanClaim más reciente; actualice primero este.</translation>
    </message>
    <message>
        <source>it could not be brought to this version&apos;s schema.</source>
        <translation>no se pudo llevar al esquema de esta versión.</translation>
    </message>
    <message>
        <source>its audit trail is broken at row %1, so it may have been altered.</source>
        <translation>su registro de auditoría está roto en la fila %1, así que puede haber sido alterada.</translation>
    </message>
    <message>
        <source>its audit trail could not be read.</source>
        <translation>no se pudo leer su registro de auditoría.</translation>
    </message>
    <message>
        <source>The practice database %1 could not be copied aside before the restore, so nothing was restored and nothing was changed.</source>
        <translation>No se pudo apartar una copia de la base de datos del consultorio %1 antes de restaurar, así que no se restauró ni se cambió nada.</translation>
    </message>
    <message>
        <source>the restore could not be recorded in its audit trail.</source>
        <translation>no se pudo anotar la restauración en su registro de auditoría.</translation>
    </message>
    <message>
        <source>%1 was not restored: it is a database still open in a program, or one that was not closed properly. Close that program, or choose a backup file. The practice database was not changed.</source>
        <translation>%1 no se restauró: es una base de datos aún abierta en un programa, o que no se cerró bien. Cierre ese programa o elija un archivo de copia de seguridad. La base de datos del consultorio no se cambió.</translation>
    </message>
    <message>
        <source>Only a practice kept in a file is copied to a server.</source>
        <translation>Solo se copia a un servidor un consultorio guardado en un archivo.</translation>
    </message>
    <message>
        <source>%1 is not a practice server address. Write it as postgresql://user@host:port/practice.</source>
        <translation>%1 no es la dirección de un servidor de consultorio. Escríbala como postgresql://usuario@servidor:puerto/consultorio.</translation>
    </message>
    <message>
        <source>The audit trail on %1 does not verify after the copy: %2</source>
        <translation>El registro de auditoría de %1 no se verifica después de la copia: %2</translation>
    </message>
    <message>
        <source>%1 already holds a practice, so the backup was not restored there and nothing was changed. Create an empty database on the server (createdb), restore into it, then point every seat at it.</source>
        <translation>%1 ya contiene una consulta, así que la copia de seguridad no se restauró allí y no se cambió nada. Cree una base de datos vacía en el servidor (createdb), restaure en ella y luego apunte todos los puestos a ella.</translation>
    </message>
    <message>
        <source>The audit trail on %1 does not verify after the restore: %2</source>
        <translation>El registro de auditoría de %1 no se verifica después de la restauración: %2</translation>
    </message>
    <message>
        <source>No temporary folder could be made to check the backup in (%1). The practice database was not changed.</source>
        <translation>No se pudo crear una carpeta temporal para comprobar la copia de seguridad (%1). La base de datos de la consulta no se cambió.</translation>
    </message>
</context>
<context>
    <name>cc::BatchClaimModel</name>
    <message>
        <source>Self-pay</source>
        <translation>Pago particular</translation>
    </message>
    <message>
        <source>Times sent so far: %1</source>
        <translation>Veces enviada hasta ahora: %1</translation>
    </message>
    <message>
        <source>Tick to put the claim in the next batch (Space)</source>
        <translation>Marque para incluir la reclamación en el próximo lote (Space)</translation>
    </message>
    <message>
        <source>%1, in the next batch</source>
        <translation>%1, en el próximo lote</translation>
    </message>
    <message>
        <source>%1, not in the next batch</source>
        <translation>%1, fuera del próximo lote</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Date of service</source>
        <translation>Fecha de servicio</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The patient control number (CLM01) the payer sends back</source>
        <translation>El número de control del paciente (CLM01) que devuelve el pagador</translation>
    </message>
    <message>
        <source>Patient, last name first</source>
        <translation>Paciente, primero el apellido</translation>
    </message>
    <message>
        <source>The payer the claim goes to</source>
        <translation>El pagador al que se envía la reclamación</translation>
    </message>
    <message>
        <source>First date of service</source>
        <translation>Primera fecha de servicio</translation>
    </message>
    <message>
        <source>Total charge of the claim</source>
        <translation>Cargo total de la reclamación</translation>
    </message>
    <message>
        <source>How many times the claim has been sent</source>
        <translation>Cuántas veces se ha enviado la reclamación</translation>
    </message>
    <message>
        <source>Where the claim is now</source>
        <translation>En qué estado está ahora la reclamación</translation>
    </message>
    <message>
        <source>What the payer or clearinghouse said, from the newest acknowledgement</source>
        <translation>Lo que indicó el pagador o la cámara de compensación, según el acuse de recibo más reciente</translation>
    </message>
</context>
<context>
    <name>cc::BatchModel</name>
    <message>
        <source>%1 (ETIN %2)</source>
        <extracomment>receiver name and its electronic id, e.g. &quot;Medicare (ETIN 12345)&quot;</extracomment>
        <translation>%1 (ETIN %2)</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>ISA13</source>
        <translation>ISA13</translation>
    </message>
    <message>
        <source>GS06</source>
        <translation>GS06</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>Total charge</source>
        <translation>Cargo total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>When the batch was written</source>
        <translation>Cuándo se generó el lote</translation>
    </message>
    <message>
        <source>Who wrote the batch</source>
        <translation>Quién generó el lote</translation>
    </message>
    <message>
        <source>The clearinghouse or payer the file goes to</source>
        <translation>La cámara de compensación o el pagador al que se envía el archivo</translation>
    </message>
    <message>
        <source>Interchange control number: the 999 and TA1 answer with it</source>
        <translation>Número de control del intercambio: el 999 y el TA1 responden con él</translation>
    </message>
    <message>
        <source>Group control number: the 999 echoes it in AK1</source>
        <translation>Número de control del grupo: el 999 lo repite en AK1</translation>
    </message>
    <message>
        <source>Claims in the batch</source>
        <translation>Reclamaciones del lote</translation>
    </message>
    <message>
        <source>Total charge of the claims in the batch</source>
        <translation>Cargo total de las reclamaciones del lote</translation>
    </message>
    <message>
        <source>What the acknowledgements said about the batch</source>
        <translation>Lo que indicaron los acuses de recibo sobre el lote</translation>
    </message>
    <message>
        <source>The file name the batch was written under</source>
        <translation>El nombre de archivo con el que se generó el lote</translation>
    </message>
</context>
<context>
    <name>cc::BatchRepository</name>
    <message>
        <source>That file is no longer on record.</source>
        <translation>Ese archivo ya no está registrado.</translation>
    </message>
    <message>
        <source>console</source>
        <translation>consola</translation>
    </message>
</context>
<context>
    <name>cc::BatchView</name>
    <message>
        <source>X12 files (*.x12 *.837 *.edi *.txt)</source>
        <translation>Archivos X12 (*.x12 *.837 *.edi *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready to send&lt;/b&gt; — clean claims; tick the ones to put in the next 837P batch (Space ticks the current row, Enter opens the claim)</source>
        <translation>&lt;b&gt;Listas para enviar&lt;/b&gt; — reclamaciones limpias; marque las que desea incluir en el próximo lote 837P (la barra espaciadora marca la fila actual, Enter abre la reclamación)</translation>
    </message>
    <message>
        <source>Claims ready to send</source>
        <translation>Reclamaciones listas para enviar</translation>
    </message>
    <message>
        <source>No claim is ready to send. A claim is ready once the biller has accepted the work and its scrub is clean; fix the claims under Rejections to send them again.</source>
        <translation>No hay ninguna reclamación lista para enviar. Una reclamación está lista cuando el facturador ha aceptado el trabajo y su revisión está limpia; corrija las reclamaciones de Rechazos para volver a enviarlas.</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Marcar todas</translation>
    </message>
    <message>
        <source>Put every ready claim in the next batch</source>
        <translation>Incluir todas las reclamaciones listas en el próximo lote</translation>
    </message>
    <message>
        <source>&amp;Clear ticks</source>
        <translation>&amp;Desmarcar todas</translation>
    </message>
    <message>
        <source>Take every claim out of the next batch</source>
        <translation>Sacar todas las reclamaciones del próximo lote</translation>
    </message>
    <message>
        <source>&amp;Write 837P batch…</source>
        <translation>&amp;Generar lote 837P…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Batches written&lt;/b&gt; — newest first</source>
        <translation>&lt;b&gt;Lotes generados&lt;/b&gt; — los más recientes primero</translation>
    </message>
    <message>
        <source>837P batches written</source>
        <translation>Lotes 837P generados</translation>
    </message>
    <message>
        <source>No batch has been written yet: tick ready claims above and use Write 837P batch (Ctrl+E).</source>
        <translation>Todavía no se ha generado ningún lote: marque arriba reclamaciones listas y use Generar lote 837P (Ctrl+E).</translation>
    </message>
    <message>
        <source>Claims in the batch</source>
        <translation>Reclamaciones del lote</translation>
    </message>
    <message>
        <source>The 837P file as written, one segment a line</source>
        <translation>El archivo 837P tal como se generó, un segmento por línea</translation>
    </message>
    <message>
        <source>Select a batch to read its file.</source>
        <translation>Seleccione un lote para leer su archivo.</translation>
    </message>
    <message>
        <source>&amp;Save file again…</source>
        <translation>&amp;Volver a guardar el archivo…</translation>
    </message>
    <message>
        <source>Write the selected batch&apos;s file again, exactly as it was first written (for a lost upload)</source>
        <translation>Volver a escribir el archivo del lote seleccionado, exactamente como se generó la primera vez (si se perdió una carga)</translation>
    </message>
    <message>
        <source>Ready claims</source>
        <translation>Reclamaciones listas</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Ticked: %1 of %2 · %3</source>
        <extracomment>&quot;Ticked: 2 of 5 · $300.00&quot;</extracomment>
        <translation>Marcadas: %1 de %2 · %3</translation>
    </message>
    <message>
        <source>Your role may not send claims</source>
        <translation>Su rol no permite enviar reclamaciones</translation>
    </message>
    <message>
        <source>Tick the claims to send first (Ctrl+E)</source>
        <translation>Primero marque las reclamaciones que desea enviar (Ctrl+E)</translation>
    </message>
    <message>
        <source>Write the ticked claims as 837P files, one per receiver, and mark them submitted (Ctrl+E)</source>
        <translation>Escribir las reclamaciones marcadas en archivos 837P, uno por receptor, y marcarlas como enviadas (Ctrl+E)</translation>
    </message>
    <message>
        <source>Select a batch to see its claims and its file.</source>
        <translation>Seleccione un lote para ver sus reclamaciones y su archivo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; to %2&lt;br&gt;Claims: %3 · %4 · ISA13 %5 · GS06 %6&lt;br&gt;Status: %7 — written by %8, %9</source>
        <extracomment>batch header: file name, receiver; claims, charge, ISA13, GS06; status, who, when</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; para %2&lt;br&gt;Reclamaciones: %3 · %4 · ISA13 %5 · GS06 %6&lt;br&gt;Estado: %7 — generado por %8, %9</translation>
    </message>
    <message>
        <source>Write 837P batch</source>
        <translation>Generar lote 837P</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tick the claims to send first: Space ticks the current row, Tick all ticks every one.</source>
        <translation>Primero marque las reclamaciones que desea enviar: la barra espaciadora marca la fila actual y Marcar todas las marca todas.</translation>
    </message>
    <message>
        <source>Save the 837P batch for %1</source>
        <translation>Guardar el lote 837P para %1</translation>
    </message>
    <message>
        <source>Left out of the batch (%1):</source>
        <translation>Quedaron fuera del lote (%1):</translation>
    </message>
    <message>
        <source>No batch was written: none of the claims asked for is ready.</source>
        <translation>No se generó ningún lote: ninguna de las reclamaciones solicitadas está lista.</translation>
    </message>
    <message>
        <source>The claims were submitted and every batch is kept, but a file could not be saved. Select the batch under Batches written and use Save file again… to write it elsewhere.</source>
        <translation>Las reclamaciones se enviaron y todos los lotes se conservan, pero no se pudo guardar un archivo. Seleccione el lote en Lotes generados y use Volver a guardar el archivo… para escribirlo en otra ubicación.</translation>
    </message>
    <message>
        <source>The claims were submitted. Not saved to a file yet: %1. The batch is kept: select it under Batches written and use Save file again….</source>
        <translation>Las reclamaciones se enviaron. Aún no se guardó en un archivo: %1. El lote se conserva: selecciónelo en Lotes generados y use Volver a guardar el archivo….</translation>
    </message>
    <message>
        <source>Submitted — claims: %1, total charge: %2. Saved: %3</source>
        <extracomment>&quot;Submitted — claims: 3, total charge: $450.00. Saved: /home/…/file.x12&quot;</extracomment>
        <translation>Envío realizado — reclamaciones: %1, cargo total: %2. Guardado en: %3</translation>
    </message>
    <message>
        <source>Claims submitted: %1</source>
        <translation>Reclamaciones enviadas: %1</translation>
    </message>
    <message>
        <source>Save the 837P file again</source>
        <translation>Volver a guardar el archivo 837P</translation>
    </message>
    <message>
        <source>Save file again</source>
        <translation>Volver a guardar el archivo</translation>
    </message>
    <message>
        <source>The file could not be saved to %1. The batch is still kept; choose another folder.</source>
        <translation>No se pudo guardar el archivo en %1. El lote se sigue conservando; elija otra carpeta.</translation>
    </message>
    <message>
        <source>Saved %1 again to %2.</source>
        <translation>Se volvió a guardar %1 en %2.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
</context>
<context>
    <name>cc::ClaimEventModel</name>
    <message>
        <source>When</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>When it was sent or the acknowledgement was read</source>
        <translation>Cuándo se envió o cuándo se leyó el acuse de recibo</translation>
    </message>
    <message>
        <source>Sent, accepted or rejected</source>
        <translation>Enviada, aceptada o rechazada</translation>
    </message>
    <message>
        <source>Claim status category and code of the 277CA</source>
        <translation>Categoría y código de estado de la reclamación del 277CA</translation>
    </message>
    <message>
        <source>What the clearinghouse or the payer said</source>
        <translation>Lo que indicó la cámara de compensación o el pagador</translation>
    </message>
</context>
<context>
    <name>cc::ClaimFilterProxy</name>
    <message>
        <source>Ready to send</source>
        <translation>Listas para enviar</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>Todas las reclamaciones</translation>
    </message>
    <message>
        <source>No claim is ready to send. Scrub the drafts (F9), or fix the findings of the drafts and save them.</source>
        <translation>No hay ninguna reclamación lista para enviar. Revise los borradores (F9), o corrija los hallazgos de los borradores y guárdelos.</translation>
    </message>
    <message>
        <source>No draft claims. A claim is made when you accept coded work in the Handoff view.</source>
        <translation>No hay reclamaciones en borrador. Se crea una reclamación cuando usted acepta trabajo codificado en la vista Entregas.</translation>
    </message>
    <message>
        <source>No rejected claims: nothing came back refused from the clearinghouse or the payers.</source>
        <translation>No hay reclamaciones rechazadas: la cámara de compensación y los pagadores no han devuelto nada rechazado.</translation>
    </message>
    <message>
        <source>No claims are waiting for an acknowledgement.</source>
        <translation>No hay reclamaciones a la espera de un acuse de recibo.</translation>
    </message>
    <message>
        <source>No claims accepted by a payer yet.</source>
        <translation>Ningún pagador ha aceptado reclamaciones todavía.</translation>
    </message>
    <message>
        <source>No claims yet. Accept coded work in the Handoff view to make the first.</source>
        <translation>Todavía no hay reclamaciones. Acepte trabajo codificado en la vista Entregas para crear la primera.</translation>
    </message>
</context>
<context>
    <name>cc::ClaimForm</name>
    <message>
        <source>Payer and insured (boxes 1–7, 11)</source>
        <translation>Pagador y asegurado (casillas 1–7, 11)</translation>
    </message>
    <message>
        <source>Coverage the claim goes to</source>
        <translation>Cobertura a la que se envía la reclamación</translation>
    </message>
    <message>
        <source>Bill another of the patient&apos;s coverages, or the patient</source>
        <translation>Facturar a otra de las coberturas del paciente, o al paciente</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation>Co&amp;bertura</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Insured&apos;s ID (1a)</source>
        <translation>ID del asegurado (1a)</translation>
    </message>
    <message>
        <source>Insured (4)</source>
        <translation>Asegurado (4)</translation>
    </message>
    <message>
        <source>Birth date, sex (11a)</source>
        <translation>Fecha de nacimiento, sexo (11a)</translation>
    </message>
    <message>
        <source>Address (7)</source>
        <translation>Dirección (7)</translation>
    </message>
    <message>
        <source>Relationship (6)</source>
        <translation>Parentesco (6)</translation>
    </message>
    <message>
        <source>Patient (boxes 2, 3, 5)</source>
        <translation>Paciente (casillas 2, 3, 5)</translation>
    </message>
    <message>
        <source>Name (2)</source>
        <translation>Nombre (2)</translation>
    </message>
    <message>
        <source>Birth date, sex (3)</source>
        <translation>Fecha de nacimiento, sexo (3)</translation>
    </message>
    <message>
        <source>Address (5)</source>
        <translation>Dirección (5)</translation>
    </message>
    <message>
        <source>Claim (boxes 22, 23, 26, 28)</source>
        <translation>Reclamación (casillas 22, 23, 26, 28)</translation>
    </message>
    <message>
        <source>Patient control no. (26)</source>
        <translation>N.º de control del paciente (26)</translation>
    </message>
    <message>
        <source>Frequency (22)</source>
        <translation>Frecuencia (22)</translation>
    </message>
    <message>
        <source>Original ref. no. (22)</source>
        <translation>N.º de referencia original (22)</translation>
    </message>
    <message>
        <source>Payer&apos;s claim no.</source>
        <translation>N.º de reclamación del pagador</translation>
    </message>
    <message>
        <source>Place of service</source>
        <translation>Lugar de servicio</translation>
    </message>
    <message>
        <source>&amp;Place of service (24B)</source>
        <translation>&amp;Lugar de servicio (24B)</translation>
    </message>
    <message>
        <source>Prior authorization number</source>
        <translation>Número de autorización previa</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Prior &amp;authorization (23)</source>
        <translation>Autori&amp;zación previa (23)</translation>
    </message>
    <message>
        <source>Total charge (28)</source>
        <translation>Cargo total (28)</translation>
    </message>
    <message>
        <source>Diagnoses (box 21)</source>
        <translation>Diagnósticos (casilla 21)</translation>
    </message>
    <message>
        <source>Diagnoses, principal first</source>
        <translation>Diagnósticos, primero el principal</translation>
    </message>
    <message>
        <source>A is the principal diagnosis. Ctrl+Up and Ctrl+Down reorder, Delete removes</source>
        <translation>A es el diagnóstico principal. Ctrl+Up y Ctrl+Down cambian el orden, Delete lo quita</translation>
    </message>
    <message>
        <source>Diagnosis code to add</source>
        <translation>Código de diagnóstico que se va a agregar</translation>
    </message>
    <message>
        <source>Add a code, e.g. E11.9</source>
        <translation>Agregue un código, p. ej., E11.9</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add the code as the last diagnosis (Enter)</source>
        <translation>Agregar el código como último diagnóstico (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected diagnosis; lines pointing to it lose the pointer (Delete)</source>
        <translation>Quitar el diagnóstico seleccionado; las líneas que apuntan a él pierden el puntero (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected diagnosis up (Ctrl+Up)</source>
        <translation>Subir el diagnóstico seleccionado (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected diagnosis down (Ctrl+Down)</source>
        <translation>Bajar el diagnóstico seleccionado (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Service lines (box 24)</source>
        <translation>Líneas de servicio (casilla 24)</translation>
    </message>
    <message>
        <source>Service lines</source>
        <translation>Líneas de servicio</translation>
    </message>
    <message>
        <source>Line number</source>
        <translation>Número de línea</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Agregar línea</translation>
    </message>
    <message>
        <source>Add a service line on the date of service; type its code</source>
        <translation>Agregar una línea de servicio en la fecha de servicio; escriba su código</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <source>Remove the selected service line</source>
        <translation>Quitar la línea de servicio seleccionada</translation>
    </message>
    <message>
        <source>Providers (boxes 24J, 25, 33)</source>
        <translation>Proveedores (casillas 24J, 25, 33)</translation>
    </message>
    <message>
        <source>Rendering provider</source>
        <translation>Proveedor que prestó el servicio</translation>
    </message>
    <message>
        <source>&amp;Rendering (24J)</source>
        <translation>&amp;Proveedor que prestó el servicio (24J)</translation>
    </message>
    <message>
        <source>Billing provider (33)</source>
        <translation>Proveedor de facturación (33)</translation>
    </message>
    <message>
        <source>NPI, tax ID (33a, 25)</source>
        <translation>NPI, ID fiscal (33a, 25)</translation>
    </message>
    <message>
        <source>Address (33)</source>
        <translation>Dirección (33)</translation>
    </message>
    <message>
        <source>Findings of the scrubber</source>
        <translation>Hallazgos del revisor de reclamaciones</translation>
    </message>
    <message>
        <source>History of the claim</source>
        <translation>Historial de la reclamación</translation>
    </message>
    <message>
        <source>%1 — NPI %2</source>
        <translation>%1 — NPI %2</translation>
    </message>
    <message>
        <source>%1, member %2</source>
        <translation>%1, ID de miembro %2</translation>
    </message>
    <message>
        <source>Self-pay — bill the patient, no claim to a payer</source>
        <translation>Pago particular — facturar al paciente, sin reclamación a un pagador</translation>
    </message>
    <message>
        <source>%1, %2 — NPI %3</source>
        <translation>%1, %2 — NPI %3</translation>
    </message>
    <message>
        <source>Self-pay: the patient is billed</source>
        <translation>Pago particular: se factura al paciente</translation>
    </message>
    <message>
        <source>%1 — payer ID %2</source>
        <translation>%1 — ID del pagador %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (our claim %2)</source>
        <translation>%1 (nuestra reclamación %2)</translation>
    </message>
    <message>
        <source>None yet: the payer numbers the claim when it accepts it</source>
        <translation>Aún no hay: el pagador numera la reclamación cuando la acepta</translation>
    </message>
    <message>
        <source>NPI %1 · tax ID %2 · taxonomy %3</source>
        <translation>NPI %1 · ID fiscal %2 · taxonomía %3</translation>
    </message>
    <message>
        <source>%1   %2   principal</source>
        <translation>%1   %2   principal</translation>
    </message>
    <message>
        <source>“%1” is not an ICD-10-CM code: a letter, two characters, then up to four more, e.g. E11.9.</source>
        <translation>“%1” no es un código ICD-10-CM: una letra, dos caracteres y luego hasta cuatro más, p. ej., E11.9.</translation>
    </message>
    <message>
        <source>%1 is already diagnosis %2.</source>
        <translation>%1 ya es el diagnóstico %2.</translation>
    </message>
    <message>
        <source>A claim holds at most 12 diagnoses (A–L).</source>
        <translation>Una reclamación admite como máximo 12 diagnósticos (A–L).</translation>
    </message>
    <message>
        <source>Type a code and press Enter</source>
        <translation>Escriba un código y pulse Enter</translation>
    </message>
    <message>
        <source>A claim holds at most 12 diagnoses (A–L)</source>
        <translation>Una reclamación admite como máximo 12 diagnósticos (A–L)</translation>
    </message>
    <message>
        <source>A claim keeps at least one line; to cancel the claim, void it once the payer has it</source>
        <translation>Una reclamación conserva al menos una línea; para cancelarla, cree una cancelación cuando el pagador ya la tenga</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regla %1</translation>
    </message>
    <message>
        <source>No findings: the claim is clean.</source>
        <translation>Sin hallazgos: la reclamación está limpia.</translation>
    </message>
    <message>
        <source>Findings (%1; open errors: %2)</source>
        <extracomment>tab title: how many findings, and how many of them are open errors</extracomment>
        <translation>Hallazgos (%1; errores abiertos: %2)</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Hallazgos (%1)</translation>
    </message>
    <message>
        <source>History (not sent yet)</source>
        <translation>Historial (aún no enviada)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a claim in the list.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Elija una reclamación de la lista.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 · &lt;b&gt;%5&lt;/b&gt; · %6</source>
        <extracomment>claim header: control number, patient, payer, date of service, state, total</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 · &lt;b&gt;%5&lt;/b&gt; · %6</translation>
    </message>
    <message>
        <source>Self-pay</source>
        <translation>Pago particular</translation>
    </message>
    <message>
        <source> · &lt;i&gt;changed, not saved&lt;/i&gt;</source>
        <translation> · &lt;i&gt;modificada, sin guardar&lt;/i&gt;</translation>
    </message>
    <message>
        <source> · &lt;i&gt;read-only: %1&lt;/i&gt;</source>
        <translation> · &lt;i&gt;solo lectura: %1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>your role cannot change claims</source>
        <translation>su rol no puede modificar reclamaciones</translation>
    </message>
    <message>
        <source>what was sent stays as it was sent</source>
        <translation>lo que se envió queda tal como se envió</translation>
    </message>
</context>
<context>
    <name>cc::ClaimLineModel</name>
    <message>
        <source>“%1” is not a CPT or HCPCS code: five letters or digits, e.g. 99213.</source>
        <translation>“%1” no es un código CPT o HCPCS: cinco letras o dígitos, p. ej., 99213.</translation>
    </message>
    <message>
        <source>No fee on file for %1: type the charge</source>
        <translation>No hay tarifa registrada para %1: escriba el cargo</translation>
    </message>
    <message>
        <source>A line holds at most %1 modifiers.</source>
        <translation>Una línea admite como máximo %1 modificadores.</translation>
    </message>
    <message>
        <source>Units must be a whole number from 1 to 9999.</source>
        <translation>Las unidades deben ser un número entero del 1 al 9999.</translation>
    </message>
    <message>
        <source>Pointers are up to %1 diagnosis letters A–L, e.g. AB.</source>
        <translation>Los punteros son hasta %1 letras de diagnóstico A–L, p. ej., AB.</translation>
    </message>
    <message>
        <source>“%1” is not a charge: type dollars and cents, e.g. 125.00.</source>
        <translation>“%1” no es un cargo: escriba dólares y centavos, p. ej., 125.00.</translation>
    </message>
    <message>
        <source>Typed by the biller</source>
        <translation>Ingresado por el facturador</translation>
    </message>
    <message>
        <source>Date (A)</source>
        <translation>Fecha (A)</translation>
    </message>
    <message>
        <source>POS (B)</source>
        <translation>Lugar (B)</translation>
    </message>
    <message>
        <source>Code (D)</source>
        <translation>Código (D)</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Modificadores</translation>
    </message>
    <message>
        <source>Units (G)</source>
        <translation>Unidades (G)</translation>
    </message>
    <message>
        <source>Pointer (E)</source>
        <translation>Puntero (E)</translation>
    </message>
    <message>
        <source>Charge (F)</source>
        <translation>Cargo (F)</translation>
    </message>
    <message>
        <source>Charge from</source>
        <translation>Origen del cargo</translation>
    </message>
    <message>
        <source>Date of service (24A)</source>
        <translation>Fecha de servicio (24A)</translation>
    </message>
    <message>
        <source>The claim&apos;s place of service (24B)</source>
        <translation>El lugar de servicio de la reclamación (24B)</translation>
    </message>
    <message>
        <source>CPT or HCPCS code (24D)</source>
        <translation>Código CPT o HCPCS (24D)</translation>
    </message>
    <message>
        <source>Up to 4, separated by spaces: 25 59</source>
        <translation>Hasta 4, separados por espacios: 25 59</translation>
    </message>
    <message>
        <source>Days or units (24G)</source>
        <translation>Días o unidades (24G)</translation>
    </message>
    <message>
        <source>Diagnosis letters A–L, up to 4: AB (24E)</source>
        <translation>Letras de diagnóstico A–L, hasta 4: AB (24E)</translation>
    </message>
    <message>
        <source>Dollars and cents; it follows the units at the fee schedule&apos;s price</source>
        <translation>Dólares y centavos; sigue a las unidades según el precio de la tabla de tarifas</translation>
    </message>
    <message>
        <source>Where the charge came from</source>
        <translation>De dónde proviene el cargo</translation>
    </message>
</context>
<context>
    <name>cc::ClaimListModel</name>
    <message>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femenino</translation>
    </message>
    <message>
        <source>sex unknown</source>
        <translation>sexo desconocido</translation>
    </message>
    <message>
        <source>Self: the patient is the insured</source>
        <translation>Titular: el paciente es el asegurado</translation>
    </message>
    <message>
        <source>Spouse of the insured</source>
        <translation>Cónyuge del asegurado</translation>
    </message>
    <message>
        <source>Child of the insured</source>
        <translation>Hijo o hija del asegurado</translation>
    </message>
    <message>
        <source>Other relationship to the insured</source>
        <translation>Otro parentesco con el asegurado</translation>
    </message>
    <message>
        <source>No address on file</source>
        <translation>No hay dirección registrada</translation>
    </message>
    <message>
        <source>%1, %2, %3 %4</source>
        <extracomment>street, city, state and ZIP code</extracomment>
        <translation>%1, %2, %3 %4</translation>
    </message>
    <message>
        <source>7 — replacement of a prior claim</source>
        <translation>7 — reemplazo de una reclamación anterior</translation>
    </message>
    <message>
        <source>8 — void of a prior claim</source>
        <translation>8 — cancelación de una reclamación anterior</translation>
    </message>
    <message>
        <source>1 — original claim</source>
        <translation>1 — reclamación original</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Con acuse de recibo</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>Prefixes of a finding, so that severity is not told by colour alone.</extracomment>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corrección: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Overridden by %1: %2</source>
        <translation>Anulado por %1: %2</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primaria</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secundaria</translation>
    </message>
    <message>
        <source>tertiary</source>
        <translation>terciaria</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>prioridad %1</translation>
    </message>
    <message>
        <source>%1 — %2, member %3</source>
        <extracomment>a coverage of the patient: priority, payer, member id</extracomment>
        <translation>%1 — %2, ID de miembro %3</translation>
    </message>
    <message>
        <source>%1 (not active on the date of service)</source>
        <translation>%1 (no vigente en la fecha de servicio)</translation>
    </message>
    <message>
        <source>Telehealth outside the patient&apos;s home</source>
        <translation>Telesalud fuera del domicilio del paciente</translation>
    </message>
    <message>
        <source>Telehealth in the patient&apos;s home</source>
        <translation>Telesalud en el domicilio del paciente</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Consultorio</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicilio</translation>
    </message>
    <message>
        <source>Off-campus outpatient hospital</source>
        <translation>Hospital para pacientes ambulatorios, fuera del campus</translation>
    </message>
    <message>
        <source>Urgent care facility</source>
        <translation>Centro de atención de urgencias</translation>
    </message>
    <message>
        <source>Inpatient hospital</source>
        <translation>Hospital para pacientes internados</translation>
    </message>
    <message>
        <source>On-campus outpatient hospital</source>
        <translation>Hospital para pacientes ambulatorios, en el campus</translation>
    </message>
    <message>
        <source>Emergency room</source>
        <translation>Sala de emergencias</translation>
    </message>
    <message>
        <source>Skilled nursing facility</source>
        <translation>Centro de enfermería especializada</translation>
    </message>
    <message>
        <source>Nursing facility</source>
        <translation>Centro de enfermería</translation>
    </message>
    <message>
        <source>Independent laboratory</source>
        <translation>Laboratorio independiente</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Limpia</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>errors and warnings of the scrubber, e.g. &quot;1 error, 2 warnings&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (replacement)</source>
        <extracomment>a replacement (7) or void (8) claim after its control number</extracomment>
        <translation>%1 (reemplazo)</translation>
    </message>
    <message>
        <source>%1 (void)</source>
        <translation>%1 (cancelación)</translation>
    </message>
    <message>
        <source>Self-pay</source>
        <translation>Pago particular</translation>
    </message>
    <message>
        <source>Replacement claim (frequency 7) of a claim the payer accepted</source>
        <translation>Reclamación de reemplazo (frecuencia 7) de una reclamación que el pagador aceptó</translation>
    </message>
    <message>
        <source>Void (frequency 8) of a claim the payer accepted</source>
        <translation>Cancelación (frecuencia 8) de una reclamación que el pagador aceptó</translation>
    </message>
    <message>
        <source>Open the claim to see each finding with its fix and source</source>
        <translation>Abra la reclamación para ver cada hallazgo con su corrección y su fuente</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>DOS</source>
        <translation>Fecha de serv.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Último acuse</translation>
    </message>
    <message>
        <source>Patient control number (box 26, CLM01): the payer sends it back</source>
        <translation>Número de control del paciente (casilla 26, CLM01): el pagador lo devuelve</translation>
    </message>
    <message>
        <source>Patient, last name first</source>
        <translation>Paciente, primero el apellido</translation>
    </message>
    <message>
        <source>The payer the claim goes to</source>
        <translation>El pagador al que se envía la reclamación</translation>
    </message>
    <message>
        <source>First date of service of the claim</source>
        <translation>Primera fecha de servicio de la reclamación</translation>
    </message>
    <message>
        <source>Draft, ready to send, submitted, accepted, rejected…</source>
        <translation>Borrador, lista para enviar, enviada, aceptada, rechazada…</translation>
    </message>
    <message>
        <source>Total charge of the claim&apos;s lines</source>
        <translation>Cargo total de las líneas de la reclamación</translation>
    </message>
    <message>
        <source>Open findings of the last scrub</source>
        <translation>Hallazgos abiertos de la última revisión</translation>
    </message>
    <message>
        <source>How many times the claim was sent</source>
        <translation>Cuántas veces se envió la reclamación</translation>
    </message>
    <message>
        <source>What the last acknowledgement said</source>
        <translation>Lo que indicó el último acuse de recibo</translation>
    </message>
</context>
<context>
    <name>cc::ClaimRecordRepository</name>
    <message>
        <source>Claim %1 was changed by someone else since you opened it. Reopen it to see the change, then make yours again.</source>
        <translation>Otra persona modificó la reclamación %1 desde que usted la abrió. Vuelva a abrirla para ver el cambio y luego haga de nuevo el suyo.</translation>
    </message>
</context>
<context>
    <name>cc::ClaimRepository</name>
    <message>
        <source>Encounter %1 no longer exists.</source>
        <translation>La consulta %1 ya no existe.</translation>
    </message>
    <message>
        <source>a removed user</source>
        <translation>un usuario eliminado</translation>
    </message>
    <message>
        <source>The control number &quot;%1&quot; could not be read.</source>
        <translation>No se pudo leer el número de control &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>cc::ClaimService</name>
    <message>
        <source>primary</source>
        <translation>primaria</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secundaria</translation>
    </message>
    <message>
        <source>tertiary</source>
        <translation>terciaria</translation>
    </message>
    <message>
        <source>The place of service must be two digits, e.g. 11 for an office.</source>
        <translation>El lugar de servicio debe tener dos dígitos, p. ej., 11 para un consultorio.</translation>
    </message>
    <message>
        <source>A claim needs at least one diagnosis.</source>
        <translation>Una reclamación necesita al menos un diagnóstico.</translation>
    </message>
    <message>
        <source>A claim holds at most %1 diagnoses; this one has %2.</source>
        <translation>Una reclamación admite como máximo %1 diagnósticos; esta tiene %2.</translation>
    </message>
    <message>
        <source>Diagnosis %1 (&quot;%2&quot;) is not written like an ICD-10-CM code.</source>
        <translation>El diagnóstico %1 (&quot;%2&quot;) no tiene la forma de un código ICD-10-CM.</translation>
    </message>
    <message>
        <source>A diagnosis is listed twice; list each once.</source>
        <translation>Un diagnóstico figura dos veces; indique cada uno una sola vez.</translation>
    </message>
    <message>
        <source>A claim needs at least one service line.</source>
        <translation>Una reclamación necesita al menos una línea de servicio.</translation>
    </message>
    <message>
        <source>An 837P claim holds at most 50 service lines.</source>
        <translation>Una reclamación 837P admite como máximo 50 líneas de servicio.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not written like a CPT or HCPCS code.</source>
        <translation>Línea %1: &quot;%2&quot; no tiene la forma de un código CPT o HCPCS.</translation>
    </message>
    <message>
        <source>Line %1 has more than four modifiers.</source>
        <translation>La línea %1 tiene más de cuatro modificadores.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a modifier (two letters or digits).</source>
        <translation>Línea %1: &quot;%2&quot; no es un modificador (dos letras o dígitos).</translation>
    </message>
    <message>
        <source>Line %1: units must be between 1 and 9999.</source>
        <translation>Línea %1: las unidades deben estar entre 1 y 9999.</translation>
    </message>
    <message>
        <source>Line %1: a charge cannot be negative.</source>
        <translation>Línea %1: un cargo no puede ser negativo.</translation>
    </message>
    <message>
        <source>Line %1: the charge is larger than any claim takes.</source>
        <translation>Línea %1: el cargo es mayor de lo que admite cualquier reclamación.</translation>
    </message>
    <message>
        <source>Line %1 must point to one to four diagnoses.</source>
        <translation>La línea %1 debe apuntar a entre uno y cuatro diagnósticos.</translation>
    </message>
    <message>
        <source>Line %1 points to diagnosis %2, which the claim does not have.</source>
        <translation>La línea %1 apunta al diagnóstico %2, que la reclamación no tiene.</translation>
    </message>
    <message>
        <source>Line %1 has no date of service.</source>
        <translation>La línea %1 no tiene fecha de servicio.</translation>
    </message>
    <message>
        <source>Claim %1 no longer exists.</source>
        <translation>La reclamación %1 ya no existe.</translation>
    </message>
    <message>
        <source>Fee schedule: %1, from %2</source>
        <translation>Tabla de tarifas: %1, desde el %2</translation>
    </message>
    <message>
        <source>Fee schedule: practice default, from %1</source>
        <translation>Tabla de tarifas: predeterminada del consultorio, desde el %1</translation>
    </message>
    <message>
        <source>No coverage on the date of service: self-pay</source>
        <translation>Sin cobertura en la fecha de servicio: pago particular</translation>
    </message>
    <message>
        <source>The patient (self-pay)</source>
        <translation>El paciente (pago particular)</translation>
    </message>
    <message>
        <source>Coverage %1 (%2) on file, member id %3</source>
        <translation>Cobertura %1 (%2) registrada, ID de miembro %3</translation>
    </message>
    <message>
        <source>Coverage on file: the patient is the insured</source>
        <translation>Cobertura registrada: el paciente es el asegurado</translation>
    </message>
    <message>
        <source>Coverage on file: the insured is the patient&apos;s %1</source>
        <translation>Cobertura registrada: el asegurado tiene con el paciente el parentesco %1</translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation>Expediente del paciente</translation>
    </message>
    <message>
        <source>Practice settings</source>
        <translation>Configuración del consultorio</translation>
    </message>
    <message>
        <source>The encounter&apos;s provider</source>
        <translation>El proveedor de la consulta</translation>
    </message>
    <message>
        <source>Set by the biller (the encounter names another provider)</source>
        <translation>Indicado por el facturador (la consulta indica otro proveedor)</translation>
    </message>
    <message>
        <source>The encounter</source>
        <translation>La consulta</translation>
    </message>
    <message>
        <source>Set by the biller (the encounter says %1)</source>
        <translation>Indicado por el facturador (la consulta indica %1)</translation>
    </message>
    <message>
        <source>Coding of encounter %1, principal first</source>
        <translation>Codificación de la consulta %1, primero el principal</translation>
    </message>
    <message>
        <source>Replacement of %1 (payer claim number %2)</source>
        <translation>Reemplazo de %1 (número de reclamación del pagador %2)</translation>
    </message>
    <message>
        <source>Void of %1 (payer claim number %2)</source>
        <translation>Cancelación de %1 (número de reclamación del pagador %2)</translation>
    </message>
    <message>
        <source>Original claim</source>
        <translation>Reclamación original</translation>
    </message>
    <message>
        <source>None on file for this payer</source>
        <translation>No hay ninguna registrada para este pagador</translation>
    </message>
    <message>
        <source>Entered by the biller</source>
        <translation>Ingresado por el facturador</translation>
    </message>
    <message>
        <source>Authorization on file, valid %1 to %2</source>
        <translation>Autorización registrada, válida del %1 al %2</translation>
    </message>
    <message>
        <source>Authorization %1 is on file but not on the claim</source>
        <translation>La autorización %1 está registrada, pero no figura en la reclamación</translation>
    </message>
    <message>
        <source>No fee on file: charge as entered</source>
        <translation>No hay tarifa registrada: cargo según se ingresó</translation>
    </message>
    <message>
        <source>Entered by hand (the fee schedule says %1)</source>
        <translation>Ingresado a mano (la tabla de tarifas indica %1)</translation>
    </message>
    <message>
        <source>That coverage is not this patient&apos;s.</source>
        <translation>Esa cobertura no es de este paciente.</translation>
    </message>
    <message>
        <source>Claim %1 is %2: what was sent stays as it was sent. Make a replacement claim to change it.</source>
        <translation>La reclamación %1 tiene el estado %2: lo que se envió queda tal como se envió. Cree una reclamación de reemplazo para modificarla.</translation>
    </message>
    <message>
        <source>Changed by %1: ready to send</source>
        <translation>Modificada por %1: lista para enviar</translation>
    </message>
    <message>
        <source>Changed by %1: an error finding is still open</source>
        <translation>Modificada por %1: sigue abierto un hallazgo de error</translation>
    </message>
    <message>
        <source>Say in a few words why this finding does not stop the claim.</source>
        <translation>Explique en pocas palabras por qué este hallazgo no impide enviar la reclamación.</translation>
    </message>
    <message>
        <source>That finding is no longer on the claim; it may have been fixed. Look at the claim again.</source>
        <translation>Ese hallazgo ya no está en la reclamación; puede que se haya corregido. Vuelva a revisar la reclamación.</translation>
    </message>
    <message>
        <source>Claim %1 has been sent; its findings can no longer change.</source>
        <translation>La reclamación %1 ya se envió; sus hallazgos ya no pueden cambiar.</translation>
    </message>
    <message>
        <source>Finding accepted by %1: %2</source>
        <translation>Hallazgo aceptado por %1: %2</translation>
    </message>
    <message>
        <source>A corrected claim is a replacement (7) or a void (8).</source>
        <translation>Una reclamación corregida es un reemplazo (7) o una cancelación (8).</translation>
    </message>
    <message>
        <source>Claim %1 is %2. Only a claim the payer has accepted or adjudicated can be replaced or voided; fix and resend the others.</source>
        <translation>La reclamación %1 tiene el estado %2. Solo se puede reemplazar o cancelar una reclamación que el pagador haya aceptado o adjudicado; las demás se corrigen y se vuelven a enviar.</translation>
    </message>
    <message>
        <source>Claim %1 has no payer claim number yet. The payer&apos;s number goes on a replacement or void (REF*F8); it comes with the 277CA or the remittance.</source>
        <translation>La reclamación %1 aún no tiene número de reclamación del pagador. El número del pagador figura en un reemplazo o una cancelación (REF*F8); llega con el 277CA o con la remesa.</translation>
    </message>
    <message>
        <source>Replacement of %1, made by %2</source>
        <translation>Reemplazo de %1, creado por %2</translation>
    </message>
    <message>
        <source>Void of %1, made by %2</source>
        <translation>Cancelación de %1, creada por %2</translation>
    </message>
</context>
<context>
    <name>cc::ClaimState</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Lista para enviar</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted by payer</source>
        <translation>Aceptada por el pagador</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Adjudicated</source>
        <translation>Adjudicada</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Pagada parcialmente</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Sent, no 999 yet</source>
        <translation>Enviado, aún sin 999</translation>
    </message>
    <message>
        <source>Accepted (999)</source>
        <translation>Aceptado (999)</translation>
    </message>
    <message>
        <source>Partly rejected (999)</source>
        <translation>Rechazado en parte (999)</translation>
    </message>
    <message>
        <source>Rejected (999)</source>
        <translation>Rechazado (999)</translation>
    </message>
</context>
<context>
    <name>cc::ClaimsJson</name>
    <message>
        <source>%1 is not a field of the claims file; check its spelling.</source>
        <translation>%1 no es un campo del archivo de reclamaciones; revise cómo está escrito.</translation>
    </message>
    <message>
        <source>%1 is missing; it is required.</source>
        <translation>Falta %1; es obligatorio.</translation>
    </message>
    <message>
        <source>%1 must be an object ({ … }).</source>
        <translation>%1 debe ser un objeto ({ … }).</translation>
    </message>
    <message>
        <source>%1 must be a list ([ … ]).</source>
        <translation>%1 debe ser una lista ([ … ]).</translation>
    </message>
    <message>
        <source>%1 contains &apos;%2&apos;, which X12 uses as a delimiter; remove it.</source>
        <translation>%1 contiene &apos;%2&apos;, que X12 usa como delimitador; quítelo.</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2), which cannot be written into X12; remove it.</source>
        <translation>%1 contiene un carácter de control (U+%2), que no se puede escribir en X12; quítelo.</translation>
    </message>
    <message>
        <source>%1 must be text in quotes.</source>
        <translation>%1 debe ser texto entre comillas.</translation>
    </message>
    <message>
        <source>%1 is empty; fill it in.</source>
        <translation>%1 está vacío; complételo.</translation>
    </message>
    <message>
        <source>%1 must be a whole number (without quotes).</source>
        <translation>%1 debe ser un número entero (sin comillas).</translation>
    </message>
    <message>
        <source>%1 must be a date in quotes, written YYYY-MM-DD.</source>
        <translation>%1 debe ser una fecha entre comillas, con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; write the date as YYYY-MM-DD, such as 2026-11-02.</source>
        <translation>%1 es &quot;%2&quot;; escriba la fecha con el formato AAAA-MM-DD, por ejemplo 2026-11-02.</translation>
    </message>
    <message>
        <source>%1 is %2, which is not a real date.</source>
        <translation>%1 es %2, que no es una fecha real.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; an NPI is 10 digits.</source>
        <translation>%1 es &quot;%2&quot;; un NPI tiene 10 dígitos.</translation>
    </message>
    <message>
        <source>%1 is %2, whose check digit is wrong (it fails the NPI Luhn check): the number is mistyped.</source>
        <translation>%1 es %2, cuyo dígito verificador es incorrecto (no pasa la validación Luhn del NPI): el número está mal escrito.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; a provider taxonomy code is 10 letters and digits, such as 207Q00000X.</source>
        <translation>%1 es &quot;%2&quot;; un código de taxonomía del proveedor tiene 10 letras y dígitos, por ejemplo 207Q00000X.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; use M, F or U (unknown).</source>
        <translation>%1 es &quot;%2&quot;; use M, F o U (desconocido).</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; write the state as its two-letter code, such as MI.</source>
        <translation>%1 es &quot;%2&quot;; escriba el estado con su código de dos letras, por ejemplo MI.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; a ZIP code is 5 or 9 digits, without a hyphen.</source>
        <translation>%1 es &quot;%2&quot;; un código postal (ZIP) tiene 5 o 9 dígitos, sin guion.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; the billing provider&apos;s ZIP code needs all 9 digits (ZIP+4).</source>
        <translation>%1 es &quot;%2&quot;; el código postal (ZIP) del proveedor de facturación necesita los 9 dígitos (ZIP+4).</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; a tax id (EIN) is 9 digits, without a hyphen.</source>
        <translation>%1 es &quot;%2&quot;; un número de identificación fiscal (EIN) tiene 9 dígitos, sin guion.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, which is not a claim filing indicator (such as MB Medicare Part B, MC Medicaid, CI commercial, BL Blue Cross).</source>
        <translation>%1 es &quot;%2&quot;, que no es un indicador de tipo de reclamación (claim filing indicator; por ejemplo MB Medicare Parte B, MC Medicaid, CI comercial, BL Blue Cross).</translation>
    </message>
    <message>
        <source>%1 is %2; give the payer&apos;s limit in days, or 0 for none.</source>
        <translation>%1 es %2; indique el plazo del pagador en días, o 0 si no tiene.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; use self, spouse, child or other.</source>
        <translation>%1 es &quot;%2&quot;; use self, spouse, child o other.</translation>
    </message>
    <message>
        <source>%1 must be a decimal string in quotes, such as &quot;150.00&quot;, so that the cents stay exact.</source>
        <translation>%1 debe ser una cadena decimal entre comillas, por ejemplo &quot;150.00&quot;, para que los centavos se conserven exactos.</translation>
    </message>
    <message>
        <source>%1 is %2: a charge cannot be negative.</source>
        <translation>%1 es %2: un cargo no puede ser negativo.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, which is not an amount; write it as digits with a decimal point, such as 150.00.</source>
        <translation>%1 es &quot;%2&quot;, que no es un monto; escríbalo con dígitos y punto decimal, por ejemplo 150.00.</translation>
    </message>
    <message>
        <source>%1 is %2, which has more than two decimals; a charge is in whole cents.</source>
        <translation>%1 es %2, que tiene más de dos decimales; un cargo se expresa en centavos enteros.</translation>
    </message>
    <message>
        <source>%1 is %2, which is too large for a charge.</source>
        <translation>%1 es %2, un valor demasiado grande para un cargo.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, which is not shaped like a CPT or HCPCS code (five letters and digits).</source>
        <translation>%1 es &quot;%2&quot;, que no tiene la forma de un código CPT o HCPCS (cinco letras y dígitos).</translation>
    </message>
    <message>
        <source>%1 lists %2 modifiers; a line takes at most 4.</source>
        <translation>%1 tiene %2 modificadores; una línea admite como máximo 4.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; a modifier is two letters or digits, such as 25.</source>
        <translation>%1 es &quot;%2&quot;; un modificador tiene dos letras o dígitos, por ejemplo 25.</translation>
    </message>
    <message>
        <source>%1 is %2; a line bills at least 1 unit.</source>
        <translation>%1 es %2; una línea factura al menos 1 unidad.</translation>
    </message>
    <message>
        <source>%1 is empty; a line points to 1 to 4 of the claim&apos;s diagnoses.</source>
        <translation>%1 está vacío; una línea apunta a entre 1 y 4 de los diagnósticos de la reclamación.</translation>
    </message>
    <message>
        <source>%1 lists %2 pointers; a line points to at most 4 diagnoses.</source>
        <translation>%1 tiene %2 punteros; una línea apunta como máximo a 4 diagnósticos.</translation>
    </message>
    <message>
        <source>%1 is %2; pointers count from 1, the principal diagnosis.</source>
        <translation>%1 es %2; los punteros se cuentan desde 1, el diagnóstico principal.</translation>
    </message>
    <message>
        <source>%1 is %2, but the claim&apos;s list of diagnoses ends at %3.</source>
        <translation>%1 es %2, pero la lista de diagnósticos de la reclamación termina en %3.</translation>
    </message>
    <message>
        <source>%1 repeats diagnosis %2; point to each diagnosis once.</source>
        <translation>%1 repite el diagnóstico %2; apunte a cada diagnóstico una sola vez.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; a patient control number has at most 38.</source>
        <translation>%1 tiene %2 caracteres; un número de control del paciente tiene como máximo 38.</translation>
    </message>
    <message>
        <source>%1 is given, but the subscriber is the patient (relationship &quot;self&quot;); remove it, or give the subscriber&apos;s real relationship.</source>
        <translation>%1 tiene un valor, pero el suscriptor es el paciente (parentesco &quot;self&quot;); quítelo, o indique el parentesco real del suscriptor.</translation>
    </message>
    <message>
        <source>%1 is missing; it is required when the patient is not the subscriber (relationship &quot;%2&quot;).</source>
        <translation>Falta %1; es obligatorio cuando el paciente no es el suscriptor (parentesco &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; a place of service is two digits, such as 11 (office).</source>
        <translation>%1 es &quot;%2&quot;; un lugar de servicio tiene dos dígitos, por ejemplo 11 (consultorio).</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; use &quot;1&quot; (original), &quot;7&quot; (replacement) or &quot;8&quot; (void).</source>
        <translation>%1 es &quot;%2&quot;; use &quot;1&quot; (original), &quot;7&quot; (reemplazo) u &quot;8&quot; (anulación).</translation>
    </message>
    <message>
        <source>%1 is missing; a replacement (7) or void (8) claim names the payer&apos;s number of the claim it corrects.</source>
        <translation>Falta %1; una reclamación de reemplazo (7) o de anulación (8) indica el número que el pagador asignó a la reclamación que corrige.</translation>
    </message>
    <message>
        <source>%1 is given, but the claim is an original (frequency 1); remove it, or set the frequency to 7 or 8.</source>
        <translation>%1 tiene un valor, pero la reclamación es original (frecuencia 1); quítelo, o cambie la frecuencia a 7 u 8.</translation>
    </message>
    <message>
        <source>%1 is empty; a claim needs at least one diagnosis.</source>
        <translation>%1 está vacío; una reclamación necesita al menos un diagnóstico.</translation>
    </message>
    <message>
        <source>%1 lists %2 diagnoses; a professional claim holds at most 12.</source>
        <translation>%1 tiene %2 diagnósticos; una reclamación profesional admite como máximo 12.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, which is not shaped like an ICD-10-CM code (a letter, then 2 to 6 letters and digits, such as E11.9).</source>
        <translation>%1 es &quot;%2&quot;, que no tiene la forma de un código ICD-10-CM (una letra y luego de 2 a 6 letras y dígitos, por ejemplo E11.9).</translation>
    </message>
    <message>
        <source>%1 is empty; a claim needs at least one service line.</source>
        <translation>%1 está vacío; una reclamación necesita al menos una línea de servicio.</translation>
    </message>
    <message>
        <source>%1 lists %2 service lines; an 837P claim holds at most 50. Split it into several claims.</source>
        <translation>%1 tiene %2 líneas de servicio; una reclamación 837P admite como máximo 50. Divídala en varias reclamaciones.</translation>
    </message>
    <message>
        <source>%1 is empty; the file needs at least one claim.</source>
        <translation>%1 está vacío; el archivo necesita al menos una reclamación.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, the same as %3; each claim needs its own patient control number.</source>
        <translation>%1 es &quot;%2&quot;, igual que %3; cada reclamación necesita su propio número de control del paciente.</translation>
    </message>
    <message>
        <source>The claims file is not valid JSON: %1 at line %2, column %3.</source>
        <translation>El archivo de reclamaciones no es JSON válido: %1 en la línea %2, columna %3.</translation>
    </message>
    <message>
        <source>The claims file must be one JSON object with submitter, receiver and claims.</source>
        <translation>El archivo de reclamaciones debe ser un solo objeto JSON con submitter, receiver y claims.</translation>
    </message>
    <message>
        <source>Cannot open the claims file %1: %2.</source>
        <translation>No se puede abrir el archivo de reclamaciones %1: %2.</translation>
    </message>
</context>
<context>
    <name>cc::ClaimsWidget</name>
    <message>
        <source>The providers could not be read.</source>
        <translation>No se pudieron leer los proveedores.</translation>
    </message>
    <message>
        <source>Claims to show</source>
        <translation>Reclamaciones que se muestran</translation>
    </message>
    <message>
        <source>Which claims to list, with how many there are of each</source>
        <translation>Qué reclamaciones listar, con la cantidad de cada tipo</translation>
    </message>
    <message>
        <source>Filter the claims</source>
        <translation>Filtrar las reclamaciones</translation>
    </message>
    <message>
        <source>Claim number, patient or payer (Ctrl+F)</source>
        <translation>Número de reclamación, paciente o pagador (Ctrl+F)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>&amp;Print CMS-1500…</source>
        <translation>&amp;Imprimir CMS-1500…</translation>
    </message>
    <message>
        <source>&amp;Replacement claim…</source>
        <translation>Reclamación de &amp;reemplazo…</translation>
    </message>
    <message>
        <source>&amp;Void claim…</source>
        <translation>&amp;Cancelar reclamación…</translation>
    </message>
    <message>
        <source>&amp;Override finding…</source>
        <translation>A&amp;nular hallazgo…</translation>
    </message>
    <message>
        <source>Scr&amp;ub drafts</source>
        <translation>Re&amp;visar borradores</translation>
    </message>
    <message>
        <source>Se&amp;nd ready claims…</source>
        <translation>&amp;Enviar reclamaciones listas…</translation>
    </message>
    <message>
        <source>The claims could not be read.</source>
        <translation>No se pudieron leer las reclamaciones.</translation>
    </message>
    <message>
        <source>%1 was changed at another seat while you were editing it: saving will be refused. Discard your changes to see theirs.</source>
        <translation>La reclamación %1 se modificó en otro puesto de trabajo mientras usted la editaba: se rechazará el guardado. Descarte sus cambios para ver los de la otra persona.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>La reclamación %1 tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Save them before leaving this claim?</source>
        <translation>¿Desea guardarlos antes de salir de esta reclamación?</translation>
    </message>
    <message>
        <source>The claim could not be opened.</source>
        <translation>No se pudo abrir la reclamación.</translation>
    </message>
    <message>
        <source>The patient&apos;s coverages could not be read.</source>
        <translation>No se pudieron leer las coberturas del paciente.</translation>
    </message>
    <message>
        <source>That claim is not on file any more.</source>
        <translation>Esa reclamación ya no está registrada.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a filter of the claims list and how many claims it holds, e.g. &quot;Drafts (12)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No claim matches “%1”. Clear the filter or choose “All claims”.</source>
        <translation>Ninguna reclamación coincide con “%1”. Borre el filtro o elija “Todas las reclamaciones”.</translation>
    </message>
    <message>
        <source>The claim could not be checked.</source>
        <translation>No se pudo verificar la reclamación.</translation>
    </message>
    <message>
        <source>Choose a claim first</source>
        <translation>Primero elija una reclamación</translation>
    </message>
    <message>
        <source>Your role cannot change claims</source>
        <translation>Su rol no puede modificar reclamaciones</translation>
    </message>
    <message>
        <source>Store the claim, scrub it, and mark it ready to send when no error remains</source>
        <translation>Guardar la reclamación, revisarla y marcarla como lista para enviar cuando no quede ningún error</translation>
    </message>
    <message>
        <source>A claim that is %1 cannot be changed: what was sent stays as it was sent. Make a replacement once the payer has numbered it.</source>
        <translation>Una reclamación con el estado %1 no se puede modificar: lo que se envió queda tal como se envió. Cree un reemplazo cuando el pagador le haya asignado un número.</translation>
    </message>
    <message>
        <source>Throw your changes away and show the claim as stored</source>
        <translation>Descartar sus cambios y mostrar la reclamación tal como está guardada</translation>
    </message>
    <message>
        <source>Nothing to discard: the claim is as stored</source>
        <translation>No hay nada que descartar: la reclamación está tal como se guardó</translation>
    </message>
    <message>
        <source>Write the CMS-1500 of the claim as last saved (save first to print your changes)</source>
        <translation>Generar el CMS-1500 de la reclamación tal como se guardó por última vez (guarde primero para imprimir sus cambios)</translation>
    </message>
    <message>
        <source>Write the CMS-1500 (02/12) of the claim as a PDF to print on Letter</source>
        <translation>Generar el CMS-1500 (02/12) de la reclamación como PDF para imprimirlo en papel tamaño carta (Letter)</translation>
    </message>
    <message>
        <source>Only a claim the payer has accepted can be replaced or voided; a draft, ready or rejected claim is corrected and saved</source>
        <translation>Solo se puede reemplazar o cancelar una reclamación que el pagador haya aceptado; una reclamación en borrador, lista o rechazada se corrige y se guarda</translation>
    </message>
    <message>
        <source>The payer has not numbered this claim yet: its claim number comes with the 277CA or the remittance</source>
        <translation>El pagador aún no ha numerado esta reclamación: su número de reclamación llega con el 277CA o con la remesa</translation>
    </message>
    <message>
        <source>Make a replacement (frequency 7) carrying the payer&apos;s claim number %1</source>
        <translation>Crear un reemplazo (frecuencia 7) con el número de reclamación del pagador %1</translation>
    </message>
    <message>
        <source>Make a void (frequency 8): the payer cancels its claim %1</source>
        <translation>Crear una cancelación (frecuencia 8): el pagador anula su reclamación %1</translation>
    </message>
    <message>
        <source>Accept the selected error as it is, with a reason kept with the claim</source>
        <translation>Aceptar el error seleccionado tal como está, con un motivo que se guarda con la reclamación</translation>
    </message>
    <message>
        <source>Only billers and managers override findings</source>
        <translation>Solo los facturadores y los gerentes pueden anular hallazgos</translation>
    </message>
    <message>
        <source>Only the findings of a claim that can still change are overridden</source>
        <translation>Solo se pueden anular los hallazgos de una reclamación que todavía se puede modificar</translation>
    </message>
    <message>
        <source>Select an open error finding to override it</source>
        <translation>Seleccione un hallazgo de error abierto para anularlo</translation>
    </message>
    <message>
        <source>Save the claim first: a finding is overridden as it was stored</source>
        <translation>Guarde primero la reclamación: un hallazgo se anula tal como se guardó</translation>
    </message>
    <message numerus="yes">
        <source>Scrub the %n draft claim(s) and mark the clean ones ready to send</source>
        <translation>
            <numerusform>Revisar %n reclamación en borrador y marcarla como lista para enviar si está limpia</numerusform>
            <numerusform>Revisar las %n reclamaciones en borrador y marcar las limpias como listas para enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>No draft claims to scrub</source>
        <translation>No hay reclamaciones en borrador que revisar</translation>
    </message>
    <message numerus="yes">
        <source>Se&amp;nd %n ready claim(s)…</source>
        <translation>
            <numerusform>&amp;Enviar %n reclamación lista…</numerusform>
            <numerusform>&amp;Enviar %n reclamaciones listas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Write an 837P batch of the selected ready claims (all ready claims when none of them is selected)</source>
        <translation>Generar un lote 837P con las reclamaciones listas seleccionadas (con todas las reclamaciones listas si no hay ninguna seleccionada)</translation>
    </message>
    <message>
        <source>No claim is ready to send: scrub the drafts and fix their findings</source>
        <translation>No hay ninguna reclamación lista para enviar: revise los borradores y corrija sus hallazgos</translation>
    </message>
    <message>
        <source>Save claim</source>
        <translation>Guardar reclamación</translation>
    </message>
    <message>
        <source>Saved %1: no open error, it is ready to send.</source>
        <translation>Se guardó %1: no tiene errores abiertos, está lista para enviar.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %n open error(s) to fix or override.</source>
        <translation>
            <numerusform>Se guardó %1: %n error abierto que corregir o anular.</numerusform>
            <numerusform>Se guardó %1: %n errores abiertos que corregir o anular.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print CMS-1500</source>
        <translation>Imprimir CMS-1500</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The CMS-1500 could not be made.</source>
        <translation>No se pudo generar el CMS-1500.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: choose another folder.</source>
        <translation>No se pudo escribir el PDF en %1: elija otra carpeta.</translation>
    </message>
    <message>
        <source>The CMS-1500 of %1 is in %2.</source>
        <translation>El CMS-1500 de %1 está en %2.</translation>
    </message>
    <message>
        <source>Void claim</source>
        <translation>Cancelar reclamación</translation>
    </message>
    <message>
        <source>Replacement claim</source>
        <translation>Reclamación de reemplazo</translation>
    </message>
    <message>
        <source>Make a void of %1?</source>
        <translation>¿Desea crear una cancelación de %1?</translation>
    </message>
    <message>
        <source>Make a replacement of %1?</source>
        <translation>¿Desea crear un reemplazo de %1?</translation>
    </message>
    <message>
        <source>A new claim with frequency 8 asks the payer to cancel its claim %1. It is a draft until you send it.</source>
        <translation>Una nueva reclamación con frecuencia 8 pide al pagador que anule su reclamación %1. Queda como borrador hasta que usted la envíe.</translation>
    </message>
    <message>
        <source>A new draft claim with the same coding and frequency 7 replaces the payer&apos;s claim %1. Correct it, save it, then send it.</source>
        <translation>Una nueva reclamación en borrador, con la misma codificación y frecuencia 7, reemplaza la reclamación %1 del pagador. Corríjala, guárdela y luego envíela.</translation>
    </message>
    <message>
        <source>Correct claim</source>
        <translation>Corregir reclamación</translation>
    </message>
    <message>
        <source>Made %1, the void of %2.</source>
        <translation>Se creó %1, la cancelación de %2.</translation>
    </message>
    <message>
        <source>Made %1, the replacement of %2: correct it and save it.</source>
        <translation>Se creó %1, el reemplazo de %2: corríjalo y guárdelo.</translation>
    </message>
    <message>
        <source>Override finding</source>
        <translation>Anular hallazgo</translation>
    </message>
    <message>
        <source>Why is this claim right as it is? The reason is kept with the claim and shown to auditors.</source>
        <translation>¿Por qué esta reclamación es correcta tal como está? El motivo se guarda con la reclamación y se muestra a los auditores.</translation>
    </message>
    <message>
        <source>Finding overridden.</source>
        <translation>Hallazgo anulado.</translation>
    </message>
    <message>
        <source>Scrub drafts</source>
        <translation>Revisar borradores</translation>
    </message>
    <message numerus="yes">
        <source>Scrubbed the drafts: %n claim(s) ready to send.</source>
        <translation>
            <numerusform>Se revisaron los borradores: %n reclamación lista para enviar.</numerusform>
            <numerusform>Se revisaron los borradores: %n reclamaciones listas para enviar.</numerusform>
        </translation>
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
    <message>
        <source>No NCCI PTP file is imported: the scrubber does not check code pairs (ncci-ptp) until one is.</source>
        <translation>No se ha importado ningún archivo NCCI PTP: el revisor de reclamaciones no verifica los pares de códigos (ncci-ptp) hasta que se importe uno.</translation>
    </message>
    <message>
        <source>NCCI PTP %1: %2 edits, imported %3 by %4.</source>
        <translation>NCCI PTP %1: %2 ediciones, importado el %3 por %4.</translation>
    </message>
    <message>
        <source>No MUE file is imported: the scrubber does not check units (mue-units) until one is.</source>
        <translation>No se ha importado ningún archivo MUE: el revisor de reclamaciones no verifica las unidades (mue-units) hasta que se importe uno.</translation>
    </message>
    <message>
        <source>%1 from %2 (%3 codes)</source>
        <translation>%1 desde el %2 (%3 códigos)</translation>
    </message>
    <message>
        <source>CMS MUE: %1.</source>
        <translation>CMS MUE: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scrubber data&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Import the CMS files with &lt;code&gt;cleanclaim import-codes ncci-ptp FILE… --release NAME&lt;/code&gt; and &lt;code&gt;cleanclaim import-codes mue FILE --release NAME --effective YYYY-MM-DD&lt;/code&gt;.&lt;/i&gt;</source>
        <translation>&lt;b&gt;Datos del revisor de reclamaciones&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Importe los archivos de CMS con &lt;code&gt;cleanclaim import-codes ncci-ptp ARCHIVO… --release NOMBRE&lt;/code&gt; y &lt;code&gt;cleanclaim import-codes mue ARCHIVO --release NOMBRE --effective AAAA-MM-DD&lt;/code&gt;.&lt;/i&gt;</translation>
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
    <name>cc::CoderWorkspace</name>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>The encounters to code (Ctrl+PgUp)</source>
        <translation>Las consultas por codificar (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Denials whose payer reason traces to coding (Ctrl+PgDown)</source>
        <translation>Denegaciones cuyo motivo del pagador se debe a la codificación (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Denials from coding (%1)</source>
        <translation>Denegaciones por codificación (%1)</translation>
    </message>
</context>
<context>
    <name>cc::CodingAuditItemModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Recoded by %1 on %2</source>
        <translation>Recodificado por %1 el %2</translation>
    </message>
    <message>
        <source>Waiting for a blind recode</source>
        <translation>En espera de una recodificación a ciegas</translation>
    </message>
    <message>
        <source>MRN %1</source>
        <translation>MRN %1</translation>
    </message>
    <message>
        <source>DOS</source>
        <translation>Fecha de serv.</translation>
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
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Lines agreed</source>
        <translation>Líneas coincidentes</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Date of service</source>
        <translation>Fecha de servicio</translation>
    </message>
    <message>
        <source>Who coded the encounter</source>
        <translation>Quién codificó la consulta</translation>
    </message>
    <message>
        <source>Who recoded it blind</source>
        <translation>Quién la recodificó a ciegas</translation>
    </message>
    <message>
        <source>Code lines both codings share, of all the code lines either has</source>
        <translation>Líneas de código que comparten ambas codificaciones, del total de líneas de código que tiene cualquiera de ellas</translation>
    </message>
    <message>
        <source>Lines agreed ÷ lines audited</source>
        <translation>Líneas coincidentes ÷ líneas auditadas</translation>
    </message>
</context>
<context>
    <name>cc::CodingAuditListModel</name>
    <message>
        <source>Audit %1</source>
        <translation>Auditoría %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2 audited code lines agreed, over the %3 items done</source>
        <translation>Coincidieron %1 de %2 líneas de código auditadas, en las %3 consultas ya recodificadas</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Extraída</translation>
    </message>
    <message>
        <source>Dates of service</source>
        <translation>Fechas de servicio</translation>
    </message>
    <message>
        <source>Per coder</source>
        <translation>Por codificador</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Recoded</source>
        <translation>Recodificadas</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>When the sample was drawn, and by whom</source>
        <translation>Cuándo se extrajo la muestra, y quién la extrajo</translation>
    </message>
    <message>
        <source>The dates of service the sample was drawn from</source>
        <translation>Las fechas de servicio de las que se extrajo la muestra</translation>
    </message>
    <message>
        <source>At most this many encounters of each coder</source>
        <translation>Como máximo esta cantidad de consultas de cada codificador</translation>
    </message>
    <message>
        <source>The same seed over the same data draws the same sample</source>
        <translation>La misma semilla sobre los mismos datos extrae la misma muestra</translation>
    </message>
    <message>
        <source>Items recoded of the items drawn</source>
        <translation>Consultas recodificadas del total de consultas extraídas</translation>
    </message>
    <message>
        <source>Audited code lines the auditor agreed with ÷ audited code lines</source>
        <translation>Líneas de código auditadas con las que coincidió el auditor ÷ líneas de código auditadas</translation>
    </message>
</context>
<context>
    <name>cc::CodingAuditRepository</name>
    <message>
        <source>Audit item %1 no longer exists.</source>
        <translation>El elemento de auditoría %1 ya no existe.</translation>
    </message>
    <message>
        <source>Audit item %1 was recoded already: each sampled encounter is recoded once.</source>
        <translation>El elemento de auditoría %1 ya se recodificó: cada consulta de la muestra se recodifica una sola vez.</translation>
    </message>
    <message>
        <source>Audit item %1 was changed by someone else since you opened it. Reload the list, then try again.</source>
        <translation>Otra persona modificó el elemento de auditoría %1 después de que usted lo abrió. Vuelva a cargar la lista e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>cc::CodingAuditService</name>
    <message>
        <source>✓ Agreed</source>
        <translation>✓ Coincide</translation>
    </message>
    <message>
        <source>✗ Modifiers differ</source>
        <translation>✗ Difieren los modificadores</translation>
    </message>
    <message>
        <source>✗ Units differ</source>
        <translation>✗ Difieren las unidades</translation>
    </message>
    <message>
        <source>✗ Modifiers and units differ</source>
        <translation>✗ Difieren los modificadores y las unidades</translation>
    </message>
    <message>
        <source>✗ Only the coder</source>
        <translation>✗ Solo el codificador</translation>
    </message>
    <message>
        <source>✗ Only the auditor</source>
        <translation>✗ Solo el auditor</translation>
    </message>
    <message>
        <source>Choose between 1 and %1 encounters per coder.</source>
        <translation>Elija entre 1 y %1 consultas por codificador.</translation>
    </message>
    <message>
        <source>Choose a period whose first day is not after its last day.</source>
        <translation>Elija un período cuyo primer día no sea posterior a su último día.</translation>
    </message>
    <message>
        <source>There are no coded encounters in that period (%1 to %2) that are not already waiting in an audit. Choose another period.</source>
        <translation>No hay consultas codificadas en ese período (%1 al %2) que no estén ya pendientes en una auditoría. Elija otro período.</translation>
    </message>
    <message>
        <source>Audit %1 no longer exists.</source>
        <translation>La auditoría %1 ya no existe.</translation>
    </message>
    <message>
        <source>Audit item %1 no longer exists.</source>
        <translation>El elemento de auditoría %1 ya no existe.</translation>
    </message>
    <message>
        <source>You coded this encounter, so you cannot audit it: a coder never audits their own work. Another coder or the office manager recodes it.</source>
        <translation>Usted codificó esta consulta, así que no puede auditarla: un codificador nunca audita su propio trabajo. La recodifica otro codificador o el gerente de oficina.</translation>
    </message>
    <message>
        <source>Encounter %1 no longer exists.</source>
        <translation>La consulta %1 ya no existe.</translation>
    </message>
    <message>
        <source>This encounter was recoded already by %1 on %2: each sampled encounter is recoded once.</source>
        <translation>%1 ya recodificó esta consulta el %2: cada consulta de la muestra se recodifica una sola vez.</translation>
    </message>
    <message>
        <source>Audit item %1 was changed by someone else since you opened it. Reload the list, then try again.</source>
        <translation>Otra persona modificó el elemento de auditoría %1 después de que usted lo abrió. Vuelva a cargar la lista e inténtelo de nuevo.</translation>
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
        <source>At most %1 diagnoses.</source>
        <translation>Como máximo %1 diagnósticos.</translation>
    </message>
    <message>
        <source>At most %1 service lines.</source>
        <translation>Como máximo %1 líneas de servicio.</translation>
    </message>
    <message>
        <source>Diagnosis %1 has no code.</source>
        <translation>El diagnóstico %1 no tiene código.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 aparece dos veces.</translation>
    </message>
    <message>
        <source>Service line %1 has no code.</source>
        <translation>La línea de servicio %1 no tiene código.</translation>
    </message>
    <message>
        <source>Line %1 (%2): units must be from 1 to %3.</source>
        <translation>Línea %1 (%2): las unidades deben estar entre 1 y %3.</translation>
    </message>
    <message>
        <source>Line %1 (%2): at most %3 modifiers.</source>
        <translation>Línea %1 (%2): como máximo %3 modificadores.</translation>
    </message>
    <message>
        <source>Line %1 (%2): &quot;%3&quot; is not a modifier (two letters or digits, such as 25).</source>
        <translation>Línea %1 (%2): &quot;%3&quot; no es un modificador (dos letras o dígitos, como 25).</translation>
    </message>
    <message>
        <source>The recode cannot be saved yet:
• %1</source>
        <translation>Todavía no se puede guardar la recodificación:
• %1</translation>
    </message>
    <message>
        <source>(not in the code sets)</source>
        <translation>(no está en los conjuntos de códigos)</translation>
    </message>
    <message>
        <source>This encounter has not been recoded yet: the comparison shows once the auditor has saved a recode.</source>
        <translation>Esta consulta todavía no se ha recodificado: la comparación aparece cuando el auditor guarda una recodificación.</translation>
    </message>
    <message>
        <source>You opened this encounter in the coder queue on %1, after it was drawn for audit, and saw its codes there: your recode would not be blind. Another auditor recodes it.</source>
        <translation>Usted abrió esta consulta en la cola de codificación el %1, después de que se seleccionara para la auditoría, y vio allí sus códigos: su recodificación no sería ciega. La recodifica otro auditor.</translation>
    </message>
</context>
<context>
    <name>cc::CodingAuditWidget</name>
    <message>
        <source>&lt;b&gt;Draw a random sample&lt;/b&gt; of coded encounters: up to the given number per coder, dates of service in the period, none already waiting in an audit. Each is recoded blind; the same seed over the same data draws the same sample.</source>
        <translation>&lt;b&gt;Extraiga una muestra aleatoria&lt;/b&gt; de consultas codificadas: hasta la cantidad indicada por codificador, con fechas de servicio dentro del período y ninguna que ya esté pendiente en una auditoría. Cada una se recodifica a ciegas; la misma semilla sobre los mismos datos extrae la misma muestra.</translation>
    </message>
    <message>
        <source>First date of service</source>
        <translation>Primera fecha de servicio</translation>
    </message>
    <message>
        <source>Last date of service</source>
        <translation>Última fecha de servicio</translation>
    </message>
    <message>
        <source>Encounters per coder</source>
        <translation>Consultas por codificador</translation>
    </message>
    <message>
        <source>Seed of the random draw</source>
        <translation>Semilla de la extracción aleatoria</translation>
    </message>
    <message>
        <source>Keep a seed to repeat a draw; any number gives a new sample</source>
        <translation>Conserve una semilla para repetir una extracción; cualquier otro número da una muestra nueva</translation>
    </message>
    <message>
        <source>&amp;Draw sample</source>
        <translation>E&amp;xtraer muestra</translation>
    </message>
    <message>
        <source>Draw the sample and list it below</source>
        <translation>Extraer la muestra y mostrarla abajo</translation>
    </message>
    <message>
        <source>DOS &amp;from</source>
        <translation>Fecha de serv. &amp;desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>&amp;Per coder</source>
        <translation>&amp;Por codificador</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>Semi&amp;lla</translation>
    </message>
    <message>
        <source>Audits drawn</source>
        <translation>Auditorías extraídas</translation>
    </message>
    <message>
        <source>Encounters of the audit</source>
        <translation>Consultas de la auditoría</translation>
    </message>
    <message>
        <source>&amp;Recode</source>
        <translation>&amp;Recodificar</translation>
    </message>
    <message>
        <source>Recode the selected encounter blind (Enter)</source>
        <translation>Recodificar a ciegas la consulta seleccionada (Enter)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Show both codings of the selected encounter (Enter)</source>
        <translation>Mostrar ambas codificaciones de la consulta seleccionada (Enter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encounters waiting for your blind recode&lt;/b&gt; (never your own coding). Enter opens one; code it from the documentation as you would have, then save (Ctrl+S).</source>
        <translation>&lt;b&gt;Consultas en espera de su recodificación a ciegas&lt;/b&gt; (nunca de su propia codificación). Enter abre una; codifíquela a partir de la documentación como lo habría hecho usted y luego guárdela (Ctrl+S).</translation>
    </message>
    <message>
        <source>Encounters to recode</source>
        <translation>Consultas por recodificar</translation>
    </message>
    <message>
        <source>Nothing to recode: no sampled encounter is waiting for you. The office manager draws samples in this workspace.</source>
        <translation>No hay nada que recodificar: ninguna consulta de muestra está en espera para usted. El gerente de oficina extrae las muestras en esta área de trabajo.</translation>
    </message>
    <message>
        <source>&amp;Open for recode</source>
        <translation>&amp;Abrir para recodificar</translation>
    </message>
    <message>
        <source>Open the selected encounter (Enter)</source>
        <translation>Abrir la consulta seleccionada (Enter)</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a recoded encounter on the Audits page and press Enter to compare both codings.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Elija una consulta recodificada en la página Auditorías y presione Enter para comparar ambas codificaciones.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The coder&apos;s and the auditor&apos;s codes side by side</source>
        <translation>Los códigos del codificador y del auditor lado a lado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coding accuracy&lt;/b&gt; per coder and month the encounters were recoded in: audited code lines the auditor agreed with ÷ audited code lines.</source>
        <translation>&lt;b&gt;Precisión de la codificación&lt;/b&gt; por codificador y por mes en que se recodificaron las consultas: líneas de código auditadas con las que coincidió el auditor ÷ líneas de código auditadas.</translation>
    </message>
    <message>
        <source>First day recoded</source>
        <translation>Primer día de recodificación</translation>
    </message>
    <message>
        <source>Last day recoded</source>
        <translation>Último día de recodificación</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <source>Recoded &amp;from</source>
        <translation>Recodificadas &amp;desde</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>has&amp;ta</translation>
    </message>
    <message>
        <source>Coding accuracy per coder and month</source>
        <translation>Precisión de la codificación por codificador y mes</translation>
    </message>
    <message>
        <source>Accuracy per coder over time (the table above holds the same figures)</source>
        <translation>Precisión por codificador a lo largo del tiempo (la tabla de arriba contiene las mismas cifras)</translation>
    </message>
    <message>
        <source>Coding audit</source>
        <translation>Auditoría de codificación</translation>
    </message>
    <message>
        <source>Draw sample</source>
        <translation>Extraer muestra</translation>
    </message>
    <message numerus="yes">
        <source>Audit %1 drawn: %n encounter(s) to recode.</source>
        <translation>
            <numerusform>Auditoría %1 extraída: %n consulta por recodificar.</numerusform>
            <numerusform>Auditoría %1 extraída: %n consultas por recodificar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · DOS %2 · %3 · coded by %4 · recoded blind by %5 on %6 · &lt;b&gt;%7 of %8 code lines agreed (%9)&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · fecha de serv. %2 · %3 · codificado por %4 · recodificado a ciegas por %5 el %6 · &lt;b&gt;coincidieron %7 de %8 líneas de código (%9)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Auditor&apos;s note: %1</source>
        <translation>Nota del auditor: %1</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Accuracy per coder (%)</source>
        <translation>Precisión por codificador (%)</translation>
    </message>
    <message>
        <source>No recoded encounters in this period yet.</source>
        <translation>Todavía no hay consultas recodificadas en este período.</translation>
    </message>
    <message>
        <source>&amp;Audits</source>
        <translation>A&amp;uditorías</translation>
    </message>
    <message>
        <source>Draw samples and follow their recodes</source>
        <translation>Extraer muestras y dar seguimiento a sus recodificaciones</translation>
    </message>
    <message>
        <source>Reco&amp;de (%1)</source>
        <translation>Recodi&amp;ficar (%1)</translation>
    </message>
    <message>
        <source>Encounters waiting for your blind recode</source>
        <translation>Consultas en espera de su recodificación a ciegas</translation>
    </message>
    <message>
        <source>Co&amp;mparison</source>
        <translation>Co&amp;mparación</translation>
    </message>
    <message>
        <source>Both codings of a recoded encounter side by side</source>
        <translation>Ambas codificaciones de una consulta recodificada lado a lado</translation>
    </message>
    <message>
        <source>Acc&amp;uracy</source>
        <translation>Pr&amp;ecisión</translation>
    </message>
    <message>
        <source>Accuracy per coder per month</source>
        <translation>Precisión por codificador y por mes</translation>
    </message>
</context>
<context>
    <name>cc::CodingDenialModel</name>
    <message>
        <source>Not flagged</source>
        <translation>Sin señalar</translation>
    </message>
    <message>
        <source>Overridden by %1</source>
        <extracomment>The scrubber&apos;s finding was overridden; %1 is who overrode it</extracomment>
        <translation>Anulado por %1</translation>
    </message>
    <message>
        <source>Flagged as an error</source>
        <translation>Señalado como error</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>Con advertencia</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n denial(s), %2 denied</source>
        <extracomment>A group of the coder&apos;s denial list: its name, how many denials, the dollars</extracomment>
        <translation>
            <numerusform>%1 — %n denegación, monto denegado: %2</numerusform>
            <numerusform>%1 — %n denegaciones, monto denegado: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1: %n denial(s), %2 denied</source>
        <translation>
            <numerusform>Grupo %1: %n denegación, monto denegado: %2</numerusform>
            <numerusform>Grupo %1: %n denegaciones, monto denegado: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The scrubber did not flag this rule on the claim or the encounter.</source>
        <translation>El revisor de reclamaciones no señaló esta regla en la reclamación ni en la consulta.</translation>
    </message>
    <message>
        <source>The scrubber rule the payer&apos;s reason traces to</source>
        <translation>La regla del revisor de reclamaciones a la que corresponde el motivo del pagador</translation>
    </message>
    <message>
        <source>The denied service with the diagnoses it points to</source>
        <translation>El servicio denegado con los diagnósticos a los que apunta</translation>
    </message>
    <message>
        <source>The payer&apos;s group and reason code (CARC)</source>
        <translation>El grupo y el código de motivo del pagador (CARC)</translation>
    </message>
    <message>
        <source>Our claim number</source>
        <translation>Nuestro número de reclamación</translation>
    </message>
    <message>
        <source>The date of service</source>
        <translation>La fecha de servicio</translation>
    </message>
    <message>
        <source>The payer that denied it</source>
        <translation>El pagador que la denegó</translation>
    </message>
    <message>
        <source>Who coded the encounter</source>
        <translation>Quién codificó la consulta</translation>
    </message>
    <message>
        <source>The amount the payer denied</source>
        <translation>El monto que denegó el pagador</translation>
    </message>
    <message>
        <source>Whether the scrubber flagged the same rule before the claim went out, and whether someone overrode it</source>
        <translation>Si el revisor de reclamaciones señaló la misma regla antes de enviar la reclamación, y si alguien anuló el hallazgo</translation>
    </message>
    <message>
        <source>Where the biller&apos;s work on the denial stands</source>
        <translation>En qué punto está el trabajo del facturador sobre la denegación</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Code pair</source>
        <translation>Par de códigos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Service date</source>
        <translation>Fecha de servicio</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Scrubber</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>cc::CodingDenialRepository</name>
    <message>
        <source>a removed user</source>
        <translation>un usuario eliminado</translation>
    </message>
</context>
<context>
    <name>cc::CodingDenialsWidget</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del período</translation>
    </message>
    <message>
        <source>Denials opened from this day (when the payer&apos;s answer was posted)</source>
        <translation>Denegaciones abiertas a partir de este día (cuando se registró la respuesta del pagador)</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>has&amp;ta:</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del período</translation>
    </message>
    <message>
        <source>Only &amp;my work</source>
        <translation>Solo &amp;mi trabajo</translation>
    </message>
    <message>
        <source>Only the denials of encounters you coded</source>
        <translation>Solo las denegaciones de consultas que usted codificó</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Agrupar por:</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Code pair</source>
        <translation>Par de códigos</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Group the denials by the scrubber rule they trace to, by the service and its diagnoses, or by who coded them</source>
        <translation>Agrupar las denegaciones por la regla del revisor de reclamaciones a la que corresponden, por el servicio y sus diagnósticos, o por quién las codificó</translation>
    </message>
    <message>
        <source>Denials from coding</source>
        <translation>Denegaciones por codificación</translation>
    </message>
    <message>
        <source>Arrows or J/K move; Enter reads the detail, Esc comes back; F5 reloads</source>
        <translation>Flechas o J/K para moverse; Enter muestra el detalle, Esc regresa; F5 vuelve a cargar</translation>
    </message>
    <message>
        <source>Denial details</source>
        <translation>Detalles de la denegación</translation>
    </message>
    <message numerus="yes">
        <source>%n denial(s), %1 denied</source>
        <translation>
            <numerusform>%n denegación, monto denegado: %1</numerusform>
            <numerusform>%n denegaciones, monto denegado: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 al %2</translation>
    </message>
    <message>
        <source>No denial of your work traced to coding from %1. Widen the period, or clear &quot;Only my work&quot; to learn from the whole team&apos;s denials.</source>
        <translation>No hay denegaciones de su trabajo atribuidas a la codificación del %1. Amplíe el período, o desmarque &quot;Solo mi trabajo&quot; para aprender de las denegaciones de todo el equipo.</translation>
    </message>
    <message>
        <source>No denial traced to coding from %1. Widen the period; denials appear here when the billers post the payers&apos; answers.</source>
        <translation>No hay denegaciones atribuidas a la codificación del %1. Amplíe el período; las denegaciones aparecen aquí cuando los facturadores registran las respuestas de los pagadores.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The payer&apos;s reason: %1 (%2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Motivo del pagador: %1 (%2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Remarks&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Observaciones&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rule:&lt;/b&gt; %1 (%2)&lt;br&gt;&lt;b&gt;What to check:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Regla:&lt;/b&gt; %1 (%2)&lt;br&gt;&lt;b&gt;Qué verificar:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Code pair:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Par de códigos:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Line %1: %2 × %3, %4; diagnoses %5&lt;/li&gt;</source>
        <extracomment>One service line of a denial: number, code with modifiers, units, charge, the diagnoses it points to</extracomment>
        <translation>&lt;li&gt;Línea %1: %2 × %3, %4; diagnósticos %5&lt;/li&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&lt;p&gt;The payer denied the claim as a whole.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El pagador denegó la reclamación completa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Claim %1&lt;/b&gt; (payer&apos;s number %2)&lt;br&gt;Service date: %3&lt;br&gt;Payer: %4&lt;br&gt;Provider: %5&lt;br&gt;Coded by: %6&lt;br&gt;Denied %7 on %8 · %9&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Reclamación %1&lt;/b&gt; (número del pagador %2)&lt;br&gt;Fecha de servicio: %3&lt;br&gt;Pagador: %4&lt;br&gt;Proveedor: %5&lt;br&gt;Codificado por: %6&lt;br&gt;Denegado: %7 el %8 · %9&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Scrubber&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Revisor de reclamaciones&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>on the claim</source>
        <translation>en la reclamación</translation>
    </message>
    <message>
        <source>while the encounter was coded</source>
        <translation>mientras se codificaba la consulta</translation>
    </message>
    <message>
        <source>The scrubber flagged this rule as an error %1, before the claim went out:</source>
        <translation>El revisor de reclamaciones señaló esta regla como error %1, antes de que se enviara la reclamación:</translation>
    </message>
    <message>
        <source>The scrubber warned of this rule %1, before the claim went out:</source>
        <translation>El revisor de reclamaciones advirtió sobre esta regla %1, antes de que se enviara la reclamación:</translation>
    </message>
    <message>
        <source>%1 overrode it: &quot;%2&quot;</source>
        <translation>%1 lo anuló: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>No override of it is on file.</source>
        <translation>No consta ninguna anulación.</translation>
    </message>
    <message>
        <source>A warning needs no override: the claim went out with it.</source>
        <translation>Una advertencia no necesita anulación: la reclamación se envió con ella.</translation>
    </message>
    <message>
        <source>The scrubber did not flag this rule on the claim or its encounter: the payer saw what the edits did not.</source>
        <translation>El revisor de reclamaciones no señaló esta regla en la reclamación ni en su consulta: el pagador vio lo que las verificaciones no detectaron.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Other findings on this claim: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Otros hallazgos en esta reclamación: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cc::CodingFeedbackService</name>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>Elija el primer y el último día del período.</translation>
    </message>
    <message>
        <source>The period starts on %1, after it ends on %2. Choose a first day on or before the last.</source>
        <translation>El período empieza el %1, que es posterior a su último día, el %2. Elija un primer día igual o anterior al último.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A group of the coder&apos;s denial list: the rule&apos;s name, then its id</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No service line</source>
        <translation>Sin línea de servicio</translation>
    </message>
    <message>
        <source>Coder not recorded</source>
        <translation>Codificador no registrado</translation>
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
    <message>
        <source>Note to the biller (needed to hand off work with an error finding)</source>
        <translation>Nota para el facturador (necesaria para entregar trabajo con un hallazgo de error)</translation>
    </message>
    <message>
        <source>Run the edits; clean work goes straight to billing (Ctrl+Enter)</source>
        <translation>Ejecutar las verificaciones; el trabajo sin problemas pasa directamente a facturación (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Hand off to billing</source>
        <translation>&amp;Entregar a facturación</translation>
    </message>
    <message>
        <source>Send the coded encounter to the biller with your note and the findings (Ctrl+Shift+Enter)</source>
        <translation>Enviar la consulta codificada al facturador con su nota y los hallazgos (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Returned by the biller: %1</source>
        <translation>Devuelta por el facturador: %1</translation>
    </message>
    <message numerus="yes">
        <source>Marked coded. The scrubber found %n thing(s) to look at, listed under Checks: fix the codes and mark coded again, or hand off with a note (Ctrl+Shift+Enter).</source>
        <translation>
            <numerusform>Marcada como codificada. El revisor de reclamaciones encontró %n punto que revisar, indicado en Verificaciones: corrija los códigos y vuelva a marcarla como codificada, o entréguela con una nota (Ctrl+Shift+Enter).</numerusform>
            <numerusform>Marcada como codificada. El revisor de reclamaciones encontró %n puntos que revisar, indicados en Verificaciones: corrija los códigos y vuelva a marcarla como codificada, o entréguela con una nota (Ctrl+Shift+Enter).</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>The scrubber found nothing: the claim is clean.</source>
        <translation>El revisor de reclamaciones no encontró nada: la reclamación está limpia.</translation>
    </message>
    <message>
        <source>Mark the encounter coded first (Ctrl+Enter): the edits run then.</source>
        <translation>Primero marque la consulta como codificada (Ctrl+Enter): entonces se ejecutan las verificaciones.</translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>Handed off to billing.</source>
        <translation>Entregada a facturación.</translation>
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
    <name>cc::DashboardWidget</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del período</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del período</translation>
    </message>
    <message>
        <source>First day of the period (choose Custom… to change it)</source>
        <translation>Primer día del período (elija Personalizado… para cambiarlo)</translation>
    </message>
    <message>
        <source>Last day of the period; A/R measures are taken as of this day</source>
        <translation>Último día del período; las medidas de cuentas por cobrar se toman a este día</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Agrupar por:</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>General</translation>
    </message>
    <message>
        <source>By payer</source>
        <translation>Por pagador</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Por proveedor</translation>
    </message>
    <message>
        <source>By coder</source>
        <translation>Por codificador</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <source>Show every measure for each payer, provider or coder in a table</source>
        <translation>Mostrar todas las medidas de cada pagador, proveedor o codificador en una tabla</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Read the measures again (F5)</source>
        <translation>Volver a leer las medidas (F5)</translation>
    </message>
    <message>
        <source>Print &amp;PDF…</source>
        <translation>&amp;Imprimir PDF…</translation>
    </message>
    <message>
        <source>Save the measures and charts as a PDF on Letter paper for the monthly readout (Ctrl+P)</source>
        <translation>Guardar las medidas y los gráficos como PDF en papel tamaño carta para la revisión mensual de resultados (Ctrl+P)</translation>
    </message>
    <message>
        <source>Measures by group</source>
        <translation>Medidas por grupo</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a first day on or before the last day.</source>
        <translation>El período termina antes de empezar: elija un primer día igual o anterior al último.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel de control</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>The period on the dashboard (QDate format)</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 – %2&lt;/b&gt; · A/R measures as of the last day · Hover a measure for its formula; click it (or Tab to it and press Enter) for the records behind it.</source>
        <translation>&lt;b&gt;%1 – %2&lt;/b&gt; · Medidas de cuentas por cobrar al último día · Pase el puntero sobre una medida para ver su fórmula; haga clic en ella (o llegue con Tab y presione Enter) para ver los registros que la componen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;By payer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por pagador&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;By provider&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por proveedor&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;By coder&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por codificador&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — no group has anything counted in this period.</source>
        <translation>%1 — ningún grupo tiene nada contabilizado en este período.</translation>
    </message>
    <message>
        <source>%1 — “—” no data, n/a does not apply. Double-click a cell (or press Enter on it) for that group&apos;s records.</source>
        <translation>%1 — “—”: sin datos; n/a: no corresponde. Haga doble clic en una celda (o presione Enter sobre ella) para ver los registros de ese grupo.</translation>
    </message>
    <message>
        <source>%1 is not counted by this grouping.</source>
        <translation>%1 no se contabiliza con esta agrupación.</translation>
    </message>
    <message>
        <source>Records behind a measure</source>
        <translation>Registros que componen una medida</translation>
    </message>
    <message>
        <source>Save the dashboard</source>
        <translation>Guardar el panel de control</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>dashboard-%1-to-%2.pdf</source>
        <translation>panel-de-control-%1-al-%2.pdf</translation>
    </message>
    <message>
        <source>Print PDF</source>
        <translation>Imprimir PDF</translation>
    </message>
    <message>
        <source>Dashboard saved as %1.</source>
        <translation>Panel de control guardado como %1.</translation>
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
    <message>
        <source>%1 is not a practice server address. Write it as postgresql://user@host:port/practice.</source>
        <translation>%1 no es la dirección de un servidor de consultorio. Escríbala como postgresql://usuario@servidor:puerto/consultorio.</translation>
    </message>
    <message>
        <source>Leave the password out of the server address: others could read it in the list of running programs. Set PGPASSWORD, or type it when CleanClaim asks.</source>
        <translation>No ponga la contraseña en la dirección del servidor: otros podrían leerla en la lista de programas en ejecución. Defina PGPASSWORD o escríbala cuando CleanClaim la pida.</translation>
    </message>
    <message>
        <source>CleanClaim cannot reach a practice server because the PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>CleanClaim no puede conectarse a un servidor de consultorio porque el controlador de PostgreSQL para Qt no está instalado (paquete libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The practice server %1 did not accept the user name or password.</source>
        <translation>El servidor de consultorio %1 no aceptó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <source>The practice server %1 could not be reached, or it has no practice by that name. Check the address and that the server is running.</source>
        <translation>No se pudo conectar con el servidor de consultorio %1, o no tiene ningún consultorio con ese nombre. Compruebe la dirección y que el servidor esté en marcha.</translation>
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
    <message>
        <source>Coded as documented; please look at the finding.</source>
        <translation>Codificado según lo documentado; por favor, revise el hallazgo.</translation>
    </message>
    <message>
        <source>Please check the finding with the provider.</source>
        <translation>Por favor, verifique el hallazgo con el proveedor.</translation>
    </message>
    <message>
        <source>Summit: echocardiogram needs authorization</source>
        <translation>Summit: el ecocardiograma necesita autorización</translation>
    </message>
    <message>
        <source>Summit Health pays an echocardiogram only with a prior authorization active on the date of service.</source>
        <translation>Summit Health paga un ecocardiograma solo con una autorización previa vigente en la fecha de servicio.</translation>
    </message>
    <message>
        <source>Ask the cardiology office for the authorization number, or request one from Summit before billing.</source>
        <translation>Pida el número de autorización al consultorio de cardiología, o solicítela a Summit antes de facturar.</translation>
    </message>
    <message>
        <source>Lakeshore: joint injection needs authorization</source>
        <translation>Lakeshore: la inyección articular necesita autorización</translation>
    </message>
    <message>
        <source>Lakeshore Blue Cross pays a major joint injection only with a prior authorization active on the date of service.</source>
        <translation>Lakeshore Blue Cross paga una inyección en una articulación mayor solo con una autorización previa vigente en la fecha de servicio.</translation>
    </message>
    <message>
        <source>Medicaid: one preventive visit a year</source>
        <translation>Medicaid: una visita preventiva al año</translation>
    </message>
    <message>
        <source>Medicaid pays one preventive visit per patient per year.</source>
        <translation>Medicaid paga una visita preventiva por paciente al año.</translation>
    </message>
    <message>
        <source>Check the date of the patient&apos;s last preventive visit before billing this one.</source>
        <translation>Verifique la fecha de la última visita preventiva del paciente antes de facturar esta.</translation>
    </message>
    <message>
        <source>Corrected as the payer&apos;s reason says; sent as a replacement.</source>
        <translation>Corregida según indica el motivo del pagador; enviada como reemplazo.</translation>
    </message>
    <message>
        <source>Appealed with the visit note and the orders.</source>
        <translation>Apelada con la nota de la visita y las órdenes.</translation>
    </message>
    <message>
        <source>Not recoverable: written off (%1-%2).</source>
        <translation>No recuperable: saldo cancelado (%1-%2).</translation>
    </message>
    <message>
        <source>The plan does not cover it; billed to the patient.</source>
        <translation>El plan no lo cubre; se facturó al paciente.</translation>
    </message>
    <message>
        <source>Monthly coding review</source>
        <translation>Revisión mensual de codificación</translation>
    </message>
    <message>
        <source>The demo accounts could not be read.</source>
        <translation>No se pudieron leer las cuentas de demostración.</translation>
    </message>
    <message>
        <source>The provider says the test was indicated; sent as coded.</source>
        <translation>El proveedor indica que la prueba estaba indicada; se envió tal como se codificó.</translation>
    </message>
    <message>
        <source>Authorization obtained by phone; number on file.</source>
        <translation>Autorización obtenida por teléfono; el número está registrado.</translation>
    </message>
    <message>
        <source>Checked with the front desk; the claim is right as it is.</source>
        <translation>Se verificó con la recepción; la reclamación está correcta tal como está.</translation>
    </message>
    <message>
        <source>The superbill lists the test %1 on %2. The note quoted below does not state a clinical reason for it. Please document the condition or indication for the test, or state that it was not indicated.</source>
        <translation>La hoja de servicios (superbill) incluye la prueba %1 el %2. La nota citada abajo no indica un motivo clínico para ella. Por favor, documente la afección o la indicación de la prueba, o indique que no estaba indicada.</translation>
    </message>
    <message>
        <source>Not indicated: it was ordered by mistake. Please remove the charge.</source>
        <translation>No estaba indicada: se ordenó por error. Por favor, elimine el cargo.</translation>
    </message>
    <message>
        <source>Besides the biopsy, the note quoted below documents a follow-up of the patient&apos;s hypertension. Please confirm that this separate evaluation took place on this date of service.</source>
        <translation>Además de la biopsia, la nota citada abajo documenta un seguimiento de la hipertensión del paciente. Por favor, confirme que esta evaluación separada se realizó en esta fecha de servicio.</translation>
    </message>
    <message>
        <source>The note quoted below documents diabetes and chronic kidney disease. Based on your clinical judgment, can the type of diabetes, and any condition caused by it, be further specified?</source>
        <translation>La nota citada abajo documenta diabetes y enfermedad renal crónica. Según su criterio clínico, ¿se puede especificar con más detalle el tipo de diabetes y cualquier afección causada por ella?</translation>
    </message>
    <message>
        <source>type 2 diabetes with diabetic chronic kidney disease, stage 3a</source>
        <translation>diabetes tipo 2 con enfermedad renal crónica diabética, estadio 3a</translation>
    </message>
    <message>
        <source>The note quoted below documents asthma without its severity or whether it is intermittent or persistent. Based on your clinical judgment, can you classify it further?</source>
        <translation>La nota citada abajo documenta asma sin indicar su gravedad ni si es intermitente o persistente. Según su criterio clínico, ¿puede clasificarla con más detalle?</translation>
    </message>
    <message>
        <source>Mild persistent asthma, uncomplicated.</source>
        <translation>Asma persistente leve, sin complicaciones.</translation>
    </message>
    <message>
        <source>The note quoted below documents this assessment. Please confirm that it applies to this date of service.</source>
        <translation>La nota citada abajo documenta esta evaluación. Por favor, confirme que corresponde a esta fecha de servicio.</translation>
    </message>
    <message>
        <source>A demo encounter disappeared.</source>
        <translation>Desapareció una consulta de demostración.</translation>
    </message>
    <message>
        <source>Coded after the provider&apos;s answer to the query.</source>
        <translation>Codificada tras la respuesta del proveedor a la solicitud de aclaración.</translation>
    </message>
    <message>
        <source>Fixed as the biller asked.</source>
        <translation>Corregida como pidió el facturador.</translation>
    </message>
    <message>
        <source>Fixed as you asked.</source>
        <translation>Corregida como usted pidió.</translation>
    </message>
    <message>
        <source>Secondary claim after the primary plan&apos;s payment; not a duplicate.</source>
        <translation>Reclamación secundaria tras el pago del plan primario; no es un duplicado.</translation>
    </message>
</context>
<context>
    <name>cc::DenialModel</name>
    <message numerus="yes">
        <source>%1 — %n denial(s), %2 open</source>
        <extracomment>A group of the denial list: its name, how many denials, the total still open</extracomment>
        <translation>
            <numerusform>%1 — %n denegación, %2 pendiente</numerusform>
            <numerusform>%1 — %n denegaciones, %2 pendiente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1: %n denial(s), %2 open</source>
        <translation>
            <numerusform>Grupo %1: %n denegación, %2 pendiente</numerusform>
            <numerusform>Grupo %1: %n denegaciones, %2 pendiente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the denial; </source>
        <translation>
            <numerusform>%n día desde la denegación; </numerusform>
            <numerusform>%n días desde la denegación; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the date of service</source>
        <translation>
            <numerusform>%n día desde la fecha de servicio</numerusform>
            <numerusform>%n días desde la fecha de servicio</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Service date</source>
        <translation>Fecha de servicio</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Antigüedad (días)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
</context>
<context>
    <name>cc::DenialReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why (kept in the denial&apos;s history)</source>
        <translation>Motivo (se guarda en el historial de la denegación)</translation>
    </message>
</context>
<context>
    <name>cc::DenialRepository</name>
    <message>
        <source>Denial %1 no longer exists.</source>
        <translation>La denegación %1 ya no existe.</translation>
    </message>
    <message>
        <source>Denial %1 was worked by someone else since you opened it. Reload the list to see what was done, then try again.</source>
        <translation>Otra persona trabajó la denegación %1 después de que usted la abrió. Vuelva a cargar la lista para ver lo que se hizo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Claim %1 is not on record.</source>
        <translation>La reclamación %1 no está registrada.</translation>
    </message>
</context>
<context>
    <name>cc::DenialService</name>
    <message>
        <source>Denial %1 no longer exists.</source>
        <translation>La denegación %1 ya no existe.</translation>
    </message>
    <message>
        <source>Say why: every action on a denial needs a reason, which is kept in its history.</source>
        <translation>Indique el motivo: cada acción sobre una denegación necesita un motivo, que se guarda en su historial.</translation>
    </message>
    <message>
        <source>Denial %1 was worked by someone else since you opened it. Reload the list to see what was done, then try again.</source>
        <translation>Otra persona trabajó la denegación %1 después de que usted la abrió. Vuelva a cargar la lista para ver lo que se hizo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Denial %1 of claim %2 is already %3: there is nothing more to do with it here.</source>
        <translation>La denegación %1 de la reclamación %2 ya está en estado %3: no hay nada más que hacer con ella aquí.</translation>
    </message>
    <message>
        <source>Claim %1 was already resubmitted for this denial. Wait for the payer&apos;s answer to the corrected claim.</source>
        <translation>La reclamación %1 ya se reenvió por esta denegación. Espere la respuesta del pagador a la reclamación corregida.</translation>
    </message>
    <message>
        <source>The note is empty. Write what was done or found.</source>
        <translation>La nota está vacía. Escriba lo que se hizo o se averiguó.</translation>
    </message>
    <message>
        <source>The appeal letter template is missing.</source>
        <translation>Falta la plantilla de la carta de apelación.</translation>
    </message>
    <message>
        <source>%1 (diagnoses %2)</source>
        <translation>%1 (diagnósticos %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Appeal of claim %1</source>
        <translation>Apelación de la reclamación %1</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 días</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 días</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 días</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Más de 90 días</translation>
    </message>
    <message>
        <source>No payer</source>
        <translation>Sin pagador</translation>
    </message>
</context>
<context>
    <name>cc::DenialsWidget</name>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Agrupar por:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Not worked yet</source>
        <translation>Aún sin trabajar</translation>
    </message>
    <message>
        <source>Open and waiting for the payer</source>
        <translation>Abiertas y a la espera del pagador</translation>
    </message>
    <message>
        <source>All, including finished</source>
        <translation>Todas, incluidas las terminadas</translation>
    </message>
    <message>
        <source>Filter by claim, patient, payer or reason (Ctrl+F)</source>
        <translation>Filtrar por reclamación, paciente, pagador o motivo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Denegaciones</translation>
    </message>
    <message>
        <source>Denial details</source>
        <translation>Detalles de la denegación</translation>
    </message>
    <message>
        <source>&amp;Open claim</source>
        <translation>A&amp;brir reclamación</translation>
    </message>
    <message>
        <source>Show the claim in Claims (Enter)</source>
        <translation>Mostrar la reclamación en Reclamaciones (Enter)</translation>
    </message>
    <message>
        <source>&amp;Corrected claim…</source>
        <translation>Reclamación &amp;corregida…</translation>
    </message>
    <message>
        <source>Make a replacement claim (frequency 7) with the payer&apos;s claim number, to fix and send again (Ctrl+R)</source>
        <translation>Crear una reclamación de reemplazo (frecuencia 7) con el número de reclamación del pagador, para corregirla y volver a enviarla (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Appeal…</source>
        <translation>A&amp;pelar…</translation>
    </message>
    <message>
        <source>Write the appeal letter from the template and save it as a PDF (Ctrl+Shift+A)</source>
        <translation>Redactar la carta de apelación a partir de la plantilla y guardarla como PDF (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Write off…</source>
        <translation>Cancelar &amp;saldo…</translation>
    </message>
    <message>
        <source>Write the open amount off (managers; Ctrl+Shift+W)</source>
        <translation>Cancelar el monto pendiente como ajuste (gerentes; Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Transfer to patient…</source>
        <translation>&amp;Transferir al paciente…</translation>
    </message>
    <message>
        <source>Move the open amount to the patient&apos;s balance (Ctrl+Shift+T)</source>
        <translation>Pasar el monto pendiente al saldo del paciente (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Agregar &amp;nota…</translation>
    </message>
    <message>
        <source>Add a note to the denial&apos;s history (Ctrl+Shift+N)</source>
        <translation>Agregar una nota al historial de la denegación (Ctrl+Shift+N)</translation>
    </message>
    <message numerus="yes">
        <source>%n denial(s), %1 open</source>
        <translation>
            <numerusform>%n denegación, %1 pendiente</numerusform>
            <numerusform>%n denegaciones, %1 pendiente</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No denial to work. When a remittance denies a claim, it appears here with the payer&apos;s reason.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay denegaciones que trabajar. Cuando una remesa deniega una reclamación, aparece aquí con el motivo del pagador.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Claim %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Reclamación %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Payer&apos;s claim number: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Patient: %2 (born %3), member ID %4&lt;br&gt;Payer: %5&lt;br&gt;Service date: %6 · billed %7&lt;br&gt;Denied %8 on %9 (%10 days ago); open %11&lt;br&gt;State: %12&lt;/p&gt;</source>
        <translation>&lt;p&gt;Número de reclamación del pagador: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Paciente: %2 (fecha de nac. %3), ID de miembro %4&lt;br&gt;Pagador: %5&lt;br&gt;Fecha de servicio: %6 · facturado %7&lt;br&gt;Denegado: %8 el %9 (hace %10 días); pendiente: %11&lt;br&gt;Estado: %12&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aún no hay</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Reason:&lt;/b&gt; %1 (%2)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Motivo:&lt;/b&gt; %1 (%2)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Remarks:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Observaciones:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Lines&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Líneas&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;th&gt;#&lt;/th&gt;&lt;th&gt;Code&lt;/th&gt;&lt;th&gt;Units&lt;/th&gt;&lt;th&gt;Charge&lt;/th&gt;&lt;th&gt;Date&lt;/th&gt;</source>
        <translation>&lt;th&gt;#&lt;/th&gt;&lt;th&gt;Código&lt;/th&gt;&lt;th&gt;Unidades&lt;/th&gt;&lt;th&gt;Cargo&lt;/th&gt;&lt;th&gt;Fecha&lt;/th&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Diagnoses: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diagnósticos: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Other denials of this claim&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Otras denegaciones de esta reclamación&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;History&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Historial&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing done yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aún no se ha hecho nada.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>(%n line(s); saved with the appeal)</source>
        <translation>
            <numerusform>(%n línea; se guarda con la apelación)</numerusform>
            <numerusform>(%n líneas; se guardan con la apelación)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 · %2 · &lt;b&gt;%3&lt;/b&gt;: %4&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 · %2 · &lt;b&gt;%3&lt;/b&gt;: %4&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Corrected claim for %1</source>
        <translation>Reclamación corregida para %1</translation>
    </message>
    <message>
        <source>A replacement claim (frequency 7) is made with the payer&apos;s claim number %1, and opens in Claims for you to fix and send. What will you correct?</source>
        <translation>Se crea una reclamación de reemplazo (frecuencia 7) con el número de reclamación del pagador %1, y se abre en Reclamaciones para que la corrija y la envíe. ¿Qué va a corregir?</translation>
    </message>
    <message>
        <source>Make corrected claim</source>
        <translation>Crear reclamación corregida</translation>
    </message>
    <message>
        <source>Corrected claim</source>
        <translation>Reclamación corregida</translation>
    </message>
    <message>
        <source>Corrected claim made for %1: fix it and send it.</source>
        <translation>Se creó la reclamación corregida para %1: corríjala y envíela.</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Apelación</translation>
    </message>
    <message>
        <source>Save appeal letter</source>
        <translation>Guardar carta de apelación</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Claim %1 appealed; the letter is saved as %2.</source>
        <translation>Se apeló la reclamación %1; la carta se guardó como %2.</translation>
    </message>
    <message>
        <source>Write off %1 of claim %2</source>
        <translation>Cancelar %1 de la reclamación %2</translation>
    </message>
    <message>
        <source>%1 of claim %2 leaves the insurance balance for good; the patient is not billed for it. Why write it off?</source>
        <translation>%1 de la reclamación %2 sale definitivamente del saldo del seguro; no se le factura al paciente. ¿Por qué se cancela este saldo?</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Cancelar saldo</translation>
    </message>
    <message>
        <source>%1 of claim %2 written off.</source>
        <translation>Se canceló %1 de la reclamación %2.</translation>
    </message>
    <message>
        <source>Transfer %1 to the patient</source>
        <translation>Transferir %1 al paciente</translation>
    </message>
    <message>
        <source>%1 of claim %2 moves to %3&apos;s balance and goes on the next statement. Why does the patient owe it (for example a signed waiver)?</source>
        <translation>%1 de la reclamación %2 pasa al saldo de %3 y aparecerá en el próximo estado de cuenta. ¿Por qué lo debe el paciente (por ejemplo, una exención de responsabilidad firmada)?</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Transfer to patient</source>
        <translation>Transferir al paciente</translation>
    </message>
    <message>
        <source>%1 of claim %2 transferred to the patient.</source>
        <translation>Se transfirió %1 de la reclamación %2 al paciente.</translation>
    </message>
    <message>
        <source>Note on claim %1</source>
        <translation>Nota sobre la reclamación %1</translation>
    </message>
    <message>
        <source>What was done or found (a call to the payer, a reference number)?</source>
        <translation>¿Qué se hizo o se averiguó (una llamada al pagador, un número de referencia)?</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>cc::EditDataService</name>
    <message numerus="yes">
        <source>%1: …and %n more line(s) with errors.</source>
        <translation>
            <numerusform>%1: …y %n línea más con errores.</numerusform>
            <numerusform>%1: …y %n líneas más con errores.</numerusform>
        </translation>
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
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación; no se cambió nada.</translation>
    </message>
    <message>
        <source>Give the release a name, such as &quot;v322r0&quot;.</source>
        <translation>Dé un nombre a la versión, por ejemplo &quot;v322r0&quot;.</translation>
    </message>
    <message>
        <source>The release name is longer than %1 characters.</source>
        <translation>El nombre de la versión tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Choose the PTP file to import.</source>
        <translation>Elija el archivo PTP que desea importar.</translation>
    </message>
    <message>
        <source>The PTP release &quot;%1&quot; was already imported on %2 by %3. Remove it first to import it again, or give this release another name.</source>
        <translation>La versión PTP &quot;%1&quot; ya la importó %3 el %2. Elimínela primero para volver a importarla, o dé otro nombre a esta versión.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported because %n line(s) of it are wrong; nothing was changed.</source>
        <translation>
            <numerusform>%1 no se importó porque %n línea tiene errores; no se cambió nada.</numerusform>
            <numerusform>%1 no se importó porque %n líneas tienen errores; no se cambió nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PTP release &quot;%1&quot; was not imported because %n line(s) of its files are wrong; nothing was changed.</source>
        <translation>
            <numerusform>La versión PTP &quot;%1&quot; no se importó porque %n línea de sus archivos tiene errores; no se cambió nada.</numerusform>
            <numerusform>La versión PTP &quot;%1&quot; no se importó porque %n líneas de sus archivos tienen errores; no se cambió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the date the MUE release takes effect.</source>
        <translation>Indique la fecha en que la versión MUE entra en vigor.</translation>
    </message>
    <message>
        <source>The MUE release &quot;%1&quot; was already imported on %2 by %3. Remove it first to import it again, or give this release another name.</source>
        <translation>La versión MUE &quot;%1&quot; ya la importó %3 el %2. Elimínela primero para volver a importarla, o dé otro nombre a esta versión.</translation>
    </message>
    <message>
        <source>The MUE release &quot;%1&quot; already takes effect on %2. Remove it first, or give this release another date.</source>
        <translation>La versión MUE &quot;%1&quot; ya entra en vigor el %2. Elimínela primero, o dé otra fecha a esta versión.</translation>
    </message>
    <message>
        <source>That PTP release is no longer in the database.</source>
        <translation>Esa versión PTP ya no está en la base de datos.</translation>
    </message>
    <message>
        <source>That MUE release is no longer in the database.</source>
        <translation>Esa versión MUE ya no está en la base de datos.</translation>
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
    <message>
        <source>every payer</source>
        <translation>todos los pagadores</translation>
    </message>
    <message>
        <source>Payer rule: %1 (%2)</source>
        <translation>Regla del pagador: %1 (%2)</translation>
    </message>
    <message>
        <source>The modifier list is not valid JSON: %1.</source>
        <translation>La lista de modificadores no es JSON válido: %1.</translation>
    </message>
    <message>
        <source>The modifier list holds &quot;%1&quot;, which is not a modifier (two digits or capital letters).</source>
        <translation>La lista de modificadores contiene &quot;%1&quot;, que no es un modificador (dos dígitos o letras mayúsculas).</translation>
    </message>
    <message>
        <source>The modifier list holds no modifiers.</source>
        <translation>La lista de modificadores no contiene ningún modificador.</translation>
    </message>
    <message>
        <source>The shipped modifier list is missing.</source>
        <translation>Falta la lista de modificadores incluida con CleanClaim.</translation>
    </message>
    <message>
        <source>Line %1 (%2) carries %3 modifiers; a service line holds %4.</source>
        <translation>La línea %1 (%2) lleva %3 modificadores; una línea de servicio admite %4.</translation>
    </message>
    <message>
        <source>Keep the modifiers that change payment first (e.g. 26, TC, 50), then the ones that explain the service, up to %1.</source>
        <translation>Conserve primero los modificadores que cambian el pago (por ejemplo 26, TC, 50) y luego los que explican el servicio, hasta %1.</translation>
    </message>
    <message>
        <source>Line %1 (%2) carries modifier %3 more than once.</source>
        <translation>La línea %1 (%2) lleva el modificador %3 más de una vez.</translation>
    </message>
    <message>
        <source>Remove the repeated %1.</source>
        <translation>Quite el %1 repetido.</translation>
    </message>
    <message>
        <source>Line %1 (%2) carries &quot;%3&quot;, which is not a modifier: a modifier is two characters, digits or capital letters.</source>
        <translation>La línea %1 (%2) lleva &quot;%3&quot;, que no es un modificador: un modificador tiene dos caracteres, dígitos o letras mayúsculas.</translation>
    </message>
    <message>
        <source>Correct the modifier from the note, or remove it.</source>
        <translation>Corrija el modificador según la nota, o quítelo.</translation>
    </message>
    <message>
        <source>Line %1 (%2) carries modifier %3, which is not in CleanClaim&apos;s list of CPT and HCPCS modifiers; it may be mistyped.</source>
        <translation>La línea %1 (%2) lleva el modificador %3, que no está en la lista de modificadores CPT y HCPCS de CleanClaim; puede estar mal escrito.</translation>
    </message>
    <message>
        <source>Check the modifier against the note and the payer&apos;s modifier list; correct it if it is mistyped.</source>
        <translation>Compare el modificador con la nota y con la lista de modificadores del pagador; corríjalo si está mal escrito.</translation>
    </message>
    <message>
        <source>%1 (CleanClaim modifier list %2)</source>
        <translation>%1 (lista de modificadores de CleanClaim %2)</translation>
    </message>
    <message>
        <source>Line %1 carries modifier 25 on %2, which is not an evaluation and management service; 25 marks a visit billed with a procedure the same day.</source>
        <translation>La línea %1 lleva el modificador 25 en %2, que no es un servicio de evaluación y manejo (E/M); el 25 marca una visita facturada con un procedimiento el mismo día.</translation>
    </message>
    <message>
        <source>Remove 25 from line %1. If the note documents a separate visit, put 25 on the visit&apos;s line; for a distinct procedure use XE, XS, XP, XU or 59 instead.</source>
        <translation>Quite el 25 de la línea %1. Si la nota documenta una visita separada, ponga el 25 en la línea de la visita; para un procedimiento distinto, use en su lugar XE, XS, XP, XU o 59.</translation>
    </message>
    <message>
        <source>Line %1 (%2) carries both LT and RT; one line cannot be on the left and the right side.</source>
        <translation>La línea %1 (%2) lleva LT y RT a la vez; una misma línea no puede ser del lado izquierdo y del derecho.</translation>
    </message>
    <message>
        <source>For a procedure done on both sides, bill one line with modifier 50 (or as the payer&apos;s bilateral policy asks); otherwise bill one line with LT and another with RT.</source>
        <translation>Para un procedimiento realizado en ambos lados, facture una línea con el modificador 50 (o como indique la política bilateral del pagador); de lo contrario, facture una línea con LT y otra con RT.</translation>
    </message>
    <message>
        <source>Line %1 (%2) carries both 26 (professional component) and TC (technical component); the two together are the global service, which is billed with neither.</source>
        <translation>La línea %1 (%2) lleva a la vez 26 (componente profesional) y TC (componente técnico); juntos equivalen al servicio global, que se factura sin ninguno de los dos.</translation>
    </message>
    <message>
        <source>Remove both modifiers to bill the global service, or keep only the component the practice provided.</source>
        <translation>Quite ambos modificadores para facturar el servicio global, o conserve solo el componente que prestó el consultorio.</translation>
    </message>
    <message>
        <source>Line %1 (%2) carries 59 together with %3; CMS asks that 59 not be reported with an X modifier, which is the more specific form of 59.</source>
        <translation>La línea %1 (%2) lleva el 59 junto con %3; CMS pide no reportar el 59 con un modificador X, que es la forma más específica del 59.</translation>
    </message>
    <message>
        <source>Keep %1 if it describes the service (separate encounter, structure, practitioner or unusual service) and remove 59.</source>
        <translation>Conserve %1 si describe el servicio (consulta, estructura, profesional o servicio inusual distintos) y quite el 59.</translation>
    </message>
    <message>
        <source>none given in the file</source>
        <translation>no se indica en el archivo</translation>
    </message>
    <message>
        <source>NCCI PTP (release not recorded)</source>
        <translation>NCCI PTP (versión no registrada)</translation>
    </message>
    <message>
        <source>%2 (column 2, line %3) is bundled into %1 (column 1) on %4 under an NCCI procedure-to-procedure edit, so %2 is not paid when both are billed. NCCI rationale: %5. Modifier indicator 0: no modifier allows the pair.</source>
        <translation>%2 (columna 2, línea %3) está incluido (bundled) en %1 (columna 1) el %4 según una edición NCCI de procedimiento a procedimiento, así que %2 no se paga cuando se facturan ambos. Fundamento NCCI: %5. Indicador de modificador 0: ningún modificador permite el par.</translation>
    </message>
    <message>
        <source>Remove the %1 line (line %2). An indicator-0 edit cannot be bypassed with 59, XE/XS/XP/XU or any other modifier.</source>
        <translation>Quite la línea de %1 (línea %2). Una edición con indicador 0 no se puede evitar con 59, XE/XS/XP/XU ni ningún otro modificador.</translation>
    </message>
    <message>
        <source>%2 (column 2, line %3) is bundled into %1 (column 1) on %4 under an NCCI procedure-to-procedure edit, so %2 is not paid when both are billed. NCCI rationale: %5. Modifier indicator 1: a modifier may bypass the edit when the services were truly distinct.</source>
        <translation>%2 (columna 2, línea %3) está incluido (bundled) en %1 (columna 1) el %4 según una edición NCCI de procedimiento a procedimiento, así que %2 no se paga cuando se facturan ambos. Fundamento NCCI: %5. Indicador de modificador 1: un modificador puede evitar la edición cuando los servicios fueron realmente distintos.</translation>
    </message>
    <message>
        <source>Remove the %1 line (line %2). Only if the note documents a separate site, session or encounter, add to line %2 the modifier that says which: XS (separate structure or organ, e.g. another joint), XE (separate encounter), XP (separate practitioner), XU (unusual non-overlapping service), 59 when none of those fits, an anatomic modifier (LT/RT, F1–F9, T1–T9) for another site, or 25 for a separate visit.</source>
        <translation>Quite la línea de %1 (línea %2). Solo si la nota documenta un sitio, una sesión o una consulta separados, agregue a la línea %2 el modificador que indique cuál: XS (estructura u órgano separado, por ejemplo otra articulación), XE (consulta separada), XP (profesional distinto), XU (servicio inusual que no se superpone), 59 cuando no corresponda ninguno de ellos, un modificador anatómico (LT/RT, F1–F9, T1–T9) para otro sitio, o 25 para una visita separada.</translation>
    </message>
    <message>
        <source>%2 (column 2, line %3) is bundled into %1 (column 1) on %4 under an NCCI procedure-to-procedure edit (rationale: %5); modifier %6 on line %3 bypasses it (modifier indicator 1).</source>
        <translation>%2 (columna 2, línea %3) está incluido (bundled) en %1 (columna 1) el %4 según una edición NCCI de procedimiento a procedimiento (fundamento: %5); el modificador %6 de la línea %3 evita la edición (indicador de modificador 1).</translation>
    </message>
    <message>
        <source>Keep modifier %1 only if the note documents the separate site, session or encounter it claims; payers audit these modifiers. Otherwise remove the %2 line.</source>
        <translation>Conserve el modificador %1 solo si la nota documenta el sitio, la sesión o la consulta separados que declara; los pagadores auditan estos modificadores. De lo contrario, quite la línea de %2.</translation>
    </message>
    <message>
        <source>Line %1 bills %2 units of %3; the medically unlikely edit allows %4 per line (MUE adjudication indicator 1: a line edit, so the whole line is denied).</source>
        <translation>La línea %1 factura %2 unidades de %3; la edición de unidades médicamente improbables permite %4 por línea (indicador de adjudicación MUE 1: una edición por línea, así que se rechaza toda la línea).</translation>
    </message>
    <message>
        <source>Check the units against the note. If more were given and documented (e.g. another site or side), bill the extra units on a separate line with the anatomic modifier (RT/LT, F1–F9, T1–T9) or XS/59 that the note supports; otherwise reduce the units to %1.</source>
        <translation>Compare las unidades con la nota. Si se prestaron y documentaron más (por ejemplo, en otro sitio o lado), facture las unidades adicionales en una línea separada con el modificador anatómico (RT/LT, F1–F9, T1–T9) o XS/59 que respalde la nota; de lo contrario, reduzca las unidades a %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is billed for %2 units on %3 on %n line(s) (%4); the medically unlikely edit allows %5 per day (MUE adjudication indicator 2: a limit set by policy, so units above %5 are not paid, even on appeal).</source>
        <translation>
            <numerusform>%1 se factura por %2 unidades el %3 en %n línea (%4); la edición de unidades médicamente improbables permite %5 por día (indicador de adjudicación MUE 2: un límite fijado por política, así que las unidades por encima de %5 no se pagan, ni siquiera en apelación).</numerusform>
            <numerusform>%1 se factura por %2 unidades el %3 en %n líneas (%4); la edición de unidades médicamente improbables permite %5 por día (indicador de adjudicación MUE 2: un límite fijado por política, así que las unidades por encima de %5 no se pagan, ni siquiera en apelación).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is billed for %2 units on %3 on %n line(s) (%4); the medically unlikely edit allows %5 per day (MUE adjudication indicator 3: a clinical limit, so units above %5 are denied unless the record shows they were medically necessary).</source>
        <translation>
            <numerusform>%1 se factura por %2 unidades el %3 en %n línea (%4); la edición de unidades médicamente improbables permite %5 por día (indicador de adjudicación MUE 3: un límite clínico, así que las unidades por encima de %5 se rechazan salvo que el expediente demuestre que fueron médicamente necesarias).</numerusform>
            <numerusform>%1 se factura por %2 unidades el %3 en %n líneas (%4); la edición de unidades médicamente improbables permite %5 por día (indicador de adjudicación MUE 3: un límite clínico, así que las unidades por encima de %5 se rechazan salvo que el expediente demuestre que fueron médicamente necesarias).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the units against the note and bill at most %1 for the day; an indicator-2 limit cannot be exceeded, and splitting the units across lines or modifiers does not bypass it.</source>
        <translation>Compare las unidades con la nota y facture como máximo %1 para el día; un límite con indicador 2 no se puede superar, y repartir las unidades en varias líneas o con modificadores no evita la edición.</translation>
    </message>
    <message>
        <source>Check the units against the note. If only %1 were given, correct them; if more were given, bill them only when the record documents why, and be ready to appeal with it: splitting the units across lines does not bypass the edit.</source>
        <translation>Compare las unidades con la nota. Si solo se prestaron %1, corríjalas; si se prestaron más, factúrelas solo cuando el expediente documente el motivo, y esté preparado para apelar con él: repartir las unidades en varias líneas no evita la edición.</translation>
    </message>
    <message>
        <source>The payer</source>
        <translation>El pagador</translation>
    </message>
    <message>
        <source>%1 requires prior authorization for %2 (line %3), and no authorization on file for this patient covers it on %4.</source>
        <translation>%1 exige autorización previa para %2 (línea %3), y ninguna autorización registrada para este paciente lo cubre el %4.</translation>
    </message>
    <message>
        <source>Obtain the authorization from the payer and record its number, on the patient&apos;s authorizations and on the claim, before billing; for a service already given, ask the payer for a retro-authorization.</source>
        <translation>Obtenga la autorización del pagador y registre su número, en las autorizaciones del paciente y en la reclamación, antes de facturar; para un servicio ya prestado, pida al pagador una autorización retroactiva.</translation>
    </message>
    <message>
        <source>Authorization %1 on file runs from %2 to %3, which does not include %4.</source>
        <translation>La autorización %1 registrada va del %2 al %3, lo que no incluye el %4.</translation>
    </message>
    <message>
        <source>Ask the payer to extend authorization %1 or to issue a new one that covers %2, and record its number before billing.</source>
        <translation>Pida al pagador que extienda la autorización %1 o que emita una nueva que cubra el %2, y registre su número antes de facturar.</translation>
    </message>
    <message>
        <source>Follow the payer&apos;s instruction in the rule, or ask the office manager who wrote it.</source>
        <translation>Siga la instrucción del pagador que indica la regla, o consulte al gerente de oficina que la escribió.</translation>
    </message>
    <message>
        <source>The payer rule &quot;%1&quot; applies to this claim.</source>
        <translation>La regla del pagador &quot;%1&quot; se aplica a esta reclamación.</translation>
    </message>
    <message>
        <source>The payer rule &quot;%1&quot; applies to line %2 (%3).</source>
        <translation>La regla del pagador &quot;%1&quot; se aplica a la línea %2 (%3).</translation>
    </message>
    <message>
        <source>Line %1 repeats line %2 (%3 on %4): the same service, date and modifiers twice on one claim, which the payer denies as a duplicate.</source>
        <translation>La línea %1 repite la línea %2 (%3 el %4): el mismo servicio, fecha y modificadores dos veces en una reclamación, que el pagador rechaza como duplicado.</translation>
    </message>
    <message>
        <source>If the service was given once, remove line %1 (or put its units on line %2). If it was repeated, add the modifier the note documents: 76 or 77 for a repeated procedure, 91 for a repeated lab test, or an anatomic modifier for another site.</source>
        <translation>Si el servicio se prestó una sola vez, quite la línea %1 (o pase sus unidades a la línea %2). Si se repitió, agregue el modificador que documenta la nota: 76 o 77 para un procedimiento repetido, 91 para una prueba de laboratorio repetida, o un modificador anatómico para otro sitio.</translation>
    </message>
    <message>
        <source>Line %1 (%2 on %3) is already on claim %4 for this patient; the payer will deny it as a duplicate.</source>
        <translation>La línea %1 (%2 el %3) ya está en la reclamación %4 de este paciente; el pagador la rechazará como duplicada.</translation>
    </message>
    <message>
        <source>Line %1 (%2 on %3) is already on claims %4 for this patient; the payer will deny it as a duplicate.</source>
        <translation>La línea %1 (%2 el %3) ya está en las reclamaciones %4 de este paciente; el pagador la rechazará como duplicada.</translation>
    </message>
    <message>
        <source>If this claim corrects claim %1, send it as a replacement claim (frequency 7) that names %1. If it is a second service the same day, add the modifier the note documents (76 or 77 for a repeated procedure, 91 for a repeated lab test). Otherwise remove the line.</source>
        <translation>Si esta reclamación corrige la reclamación %1, envíela como reclamación de reemplazo (frecuencia 7) que indique %1. Si es un segundo servicio el mismo día, agregue el modificador que documenta la nota (76 o 77 para un procedimiento repetido, 91 para una prueba de laboratorio repetida). De lo contrario, quite la línea.</translation>
    </message>
    <message>
        <source>CleanClaim billing history (claims on file)</source>
        <translation>Historial de facturación de CleanClaim (reclamaciones registradas)</translation>
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
    <name>cc::EobFormWidget</name>
    <message>
        <source>A check from a payer that sends no ERA: type what the paper EOB says, line by line. Every line must balance (charge − adjustments = paid) and the lines must add up to the check.</source>
        <translation>Un cheque de un pagador que no envía ERA: escriba lo que dice la EOB en papel, línea por línea. Cada línea debe cuadrar (cargo − ajustes = pagado) y la suma de las líneas debe coincidir con el cheque.</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>The payer who sent the check</source>
        <translation>El pagador que envió el cheque</translation>
    </message>
    <message>
        <source>Check number</source>
        <translation>Número de cheque</translation>
    </message>
    <message>
        <source>The check number printed on the check</source>
        <translation>El número impreso en el cheque</translation>
    </message>
    <message>
        <source>Check date</source>
        <translation>Fecha del cheque</translation>
    </message>
    <message>
        <source>Check amount</source>
        <translation>Monto del cheque</translation>
    </message>
    <message>
        <source>The amount of the check</source>
        <translation>El monto del cheque</translation>
    </message>
    <message>
        <source>Pa&amp;yer:</source>
        <translation>&amp;Pagador:</translation>
    </message>
    <message>
        <source>Check &amp;number:</source>
        <translation>&amp;Número de cheque:</translation>
    </message>
    <message>
        <source>Check &amp;date:</source>
        <translation>&amp;Fecha del cheque:</translation>
    </message>
    <message>
        <source>Check a&amp;mount:</source>
        <translation>Mon&amp;to del cheque:</translation>
    </message>
    <message>
        <source>Claim number to add</source>
        <translation>Número de reclamación que desea agregar</translation>
    </message>
    <message>
        <source>Claim number (patient control number), then Enter</source>
        <translation>Número de reclamación (número de control del paciente) y luego Enter</translation>
    </message>
    <message>
        <source>&amp;Add claim</source>
        <translation>&amp;Agregar reclamación</translation>
    </message>
    <message>
        <source>Add the claim with this number to the check (Enter)</source>
        <translation>Agregar al cheque la reclamación con este número (Enter)</translation>
    </message>
    <message>
        <source>C&amp;laim:</source>
        <translation>Re&amp;clamación:</translation>
    </message>
    <message>
        <source>No claim on this check yet. Type a claim number above and press Enter to add its lines.</source>
        <translation>Aún no hay reclamaciones en este cheque. Escriba arriba un número de reclamación y presione Enter para agregar sus líneas.</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Empty the form without posting</source>
        <translation>Vaciar el formulario sin registrar nada</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Post the check and its lines to the ledger (Ctrl+S)</source>
        <translation>Registrar el cheque y sus líneas en el libro mayor (Ctrl+S)</translation>
    </message>
    <message>
        <source>Choose the payer…</source>
        <translation>Elija el pagador…</translation>
    </message>
    <message>
        <source>Paper EOB</source>
        <translation>EOB en papel</translation>
    </message>
    <message>
        <source>Type the claim number (patient control number) first.</source>
        <translation>Primero escriba el número de reclamación (número de control del paciente).</translation>
    </message>
    <message>
        <source>No claim has the number %1. Check the number on the EOB.</source>
        <translation>Ninguna reclamación tiene el número %1. Revise el número en la EOB.</translation>
    </message>
    <message>
        <source>Claim %1 is already on this check.</source>
        <translation>La reclamación %1 ya está en este cheque.</translation>
    </message>
    <message>
        <source>Claim %1 was billed to %2, not to %3: it cannot be on this check.</source>
        <translation>La reclamación %1 se facturó a %2, no a %3: no puede estar en este cheque.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4</source>
        <extracomment>claim header on the EOB form: claim number, patient, payer, state</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Claim status on the EOB</source>
        <translation>Estado de la reclamación en la EOB</translation>
    </message>
    <message>
        <source>Processed as primary</source>
        <translation>Procesada como primaria</translation>
    </message>
    <message>
        <source>Processed as secondary</source>
        <translation>Procesada como secundaria</translation>
    </message>
    <message>
        <source>Processed as tertiary</source>
        <translation>Procesada como terciaria</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>Payer&apos;s claim number</source>
        <translation>Número de reclamación del pagador</translation>
    </message>
    <message>
        <source>The payer&apos;s number for the claim, as printed on the EOB: needed for a later correction</source>
        <translation>El número que el pagador asignó a la reclamación, tal como aparece en la EOB: se necesita para una corrección posterior</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Take this claim off the check</source>
        <translation>Quitar esta reclamación del cheque</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Date of service</source>
        <translation>Fecha de servicio</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Adjustments (group, reason, amount)</source>
        <translation>Ajustes (grupo, motivo, monto)</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unidad</numerusform>
            <numerusform>%n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>Insurance balance: %1</source>
        <translation>Saldo del seguro: %1</translation>
    </message>
    <message>
        <source>Allowed, line %1</source>
        <translation>Permitido, línea %1</translation>
    </message>
    <message>
        <source>Paid, line %1</source>
        <translation>Pagado, línea %1</translation>
    </message>
    <message>
        <source>Add an adjustment to line %1</source>
        <translation>Agregar un ajuste a la línea %1</translation>
    </message>
    <message>
        <source>Add another adjustment to this line</source>
        <translation>Agregar otro ajuste a esta línea</translation>
    </message>
    <message>
        <source>Remark code, line %1</source>
        <translation>Código de observación, línea %1</translation>
    </message>
    <message>
        <source>(no remark)</source>
        <translation>(sin observación)</translation>
    </message>
    <message>
        <source>Adjustment group, line %1</source>
        <translation>Grupo de ajuste, línea %1</translation>
    </message>
    <message>
        <source>Adjustment reason (CARC), line %1</source>
        <translation>Motivo de ajuste (CARC), línea %1</translation>
    </message>
    <message>
        <source>Type the reason code to jump to it</source>
        <translation>Escriba el código de motivo para ir a él</translation>
    </message>
    <message>
        <source>(reason)</source>
        <translation>(motivo)</translation>
    </message>
    <message>
        <source>Adjustment amount, line %1</source>
        <translation>Monto del ajuste, línea %1</translation>
    </message>
    <message>
        <source>✗ The adjustment &quot;%1&quot; is not an amount.</source>
        <translation>✗ El ajuste &quot;%1&quot; no es un monto.</translation>
    </message>
    <message>
        <source>✗ Choose the reason of the %1 adjustment.</source>
        <translation>✗ Elija el motivo del ajuste de %1.</translation>
    </message>
    <message>
        <source>✗ Allowed &quot;%1&quot; is not an amount.</source>
        <translation>✗ El permitido &quot;%1&quot; no es un monto.</translation>
    </message>
    <message>
        <source>✗ Paid &quot;%1&quot; is not an amount.</source>
        <translation>✗ El pagado &quot;%1&quot; no es un monto.</translation>
    </message>
    <message>
        <source>✗ %1 − %2 = %3, not %4 paid: off by %5</source>
        <extracomment>line balance: charge − adjustments = expected paid, and the difference</extracomment>
        <translation>✗ %1 − %2 = %3, no %4 pagado: diferencia de %5</translation>
    </message>
    <message>
        <source>✓ %1 − %2 = %3 paid</source>
        <translation>✓ %1 − %2 = %3 pagado</translation>
    </message>
    <message>
        <source>Type the check amount: the lines pay %1.</source>
        <translation>Escriba el monto del cheque: las líneas pagan %1.</translation>
    </message>
    <message>
        <source>✗ The check amount &quot;%1&quot; is not an amount.</source>
        <translation>✗ El monto del cheque &quot;%1&quot; no es un monto.</translation>
    </message>
    <message>
        <source>✗ Check %1 · paid on the lines %2 · difference %3</source>
        <translation>✗ Cheque %1 · pagado en las líneas %2 · diferencia %3</translation>
    </message>
    <message>
        <source>✓ Check %1 = paid on the lines %2</source>
        <translation>✓ Cheque %1 = pagado en las líneas %2</translation>
    </message>
    <message>
        <source>To save: choose the payer.</source>
        <translation>Para guardar: elija el pagador.</translation>
    </message>
    <message>
        <source>To save: type the check number.</source>
        <translation>Para guardar: escriba el número de cheque.</translation>
    </message>
    <message>
        <source>To save: add the claims on the check.</source>
        <translation>Para guardar: agregue las reclamaciones del cheque.</translation>
    </message>
    <message>
        <source>To save: every line must balance (charge − adjustments = paid).</source>
        <translation>Para guardar: cada línea debe cuadrar (cargo − ajustes = pagado).</translation>
    </message>
    <message>
        <source>To save: the check amount must equal what the lines paid.</source>
        <translation>Para guardar: el monto del cheque debe ser igual a lo pagado en las líneas.</translation>
    </message>
    <message>
        <source>Post paper EOB</source>
        <translation>Registrar EOB en papel</translation>
    </message>
    <message>
        <source>Posted check %1 from %2: %3</source>
        <extracomment>&quot;Posted check 10045 from Acme Health: Posted 1 claim, $80.00 paid.&quot;</extracomment>
        <translation>Se registró el cheque %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>cc::EraPreviewModel</name>
    <message>
        <source>%1-%2 %3: %4 — %5</source>
        <extracomment>&quot;CO-45 $40.00: Contractual obligation — Charge exceeds the fee schedule&quot;</extracomment>
        <translation>%1-%2 %3: %4 — %5</translation>
    </message>
    <message>
        <source>%1 from %2, %3, %4 paid, %5 not matched</source>
        <extracomment>&quot;3 payments from 2 payers, 41 claims, $12,345.67 paid, 2 not matched&quot;; the parts are translated each with their plural</extracomment>
        <translation>%1 de %2, %3, pagado: %4, sin asociar: %5</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n pago</numerusform>
            <numerusform>%n pagos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payer(s)</source>
        <translation>
            <numerusform>%n pagador</numerusform>
            <numerusform>%n pagadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n reclamación</numerusform>
            <numerusform>%n reclamaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <extracomment>payment method, trace or check number, payment date: &quot;CHK 12345 · 11/20/26&quot;</extracomment>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>Already posted on %1</source>
        <translation>Ya se registró el %1</translation>
    </message>
    <message>
        <source>%1 (payer id %2)</source>
        <translation>%1 (ID de pagador %2)</translation>
    </message>
    <message>
        <source>%1 %2: %3 (reference %4)</source>
        <extracomment>provider-level adjustment: reason, its text, amount, reference</extracomment>
        <translation>%1 %2: %3 (referencia %4)</translation>
    </message>
    <message>
        <source>A positive amount reduced the payment; a negative one increased it.</source>
        <translation>Un monto positivo redujo el pago; uno negativo lo aumentó.</translation>
    </message>
    <message>
        <source>The same payer, trace number and amount were posted before: this payment is refused, not posted twice.</source>
        <translation>Ya se registró antes el mismo pagador, número de rastreo y monto: este pago se rechaza para no registrarlo dos veces.</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Asociada</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Sin asociar</translation>
    </message>
    <message>
        <source>Claim %1 · payer&apos;s claim number %2</source>
        <translation>Reclamación %1 · número de reclamación del pagador %2</translation>
    </message>
    <message>
        <source>CLP02 %1</source>
        <translation>CLP02 %1</translation>
    </message>
    <message>
        <source>Claim %1 is ours: the payment is posted to it.</source>
        <translation>La reclamación %1 es nuestra: el pago se registra en ella.</translation>
    </message>
    <message>
        <source>No claim of ours has the number %1: it will wait under Unmatched ERA for a biller to match it.</source>
        <translation>Ninguna de nuestras reclamaciones tiene el número %1: quedará en ERA sin asociar hasta que un facturador la asocie.</translation>
    </message>
    <message>
        <source>Goes to the denial work list</source>
        <translation>Pasa a la lista de trabajo de denegaciones</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Line %1 by %2</source>
        <extracomment>&quot;Line 2 by REF*6R&quot;</extracomment>
        <translation>Línea %1 según %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No line of claim %1 has this code and date.</source>
        <translation>Ninguna línea de la reclamación %1 tiene este código y esta fecha.</translation>
    </message>
    <message>
        <source>Payer / claim / code</source>
        <translation>Pagador / reclamación / código</translation>
    </message>
    <message>
        <source>Trace / patient / date</source>
        <translation>Rastreo / paciente / fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Patient resp.</source>
        <translation>Resp. del paciente</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Ajustado</translation>
    </message>
    <message>
        <source>Our claim / line</source>
        <translation>Nuestra reclamación / línea</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Remarks / notes</source>
        <translation>Observaciones / notas</translation>
    </message>
    <message>
        <source>The payer of a payment; the claim number (CLP01) of a claim; the procedure code as the payer adjudicated it of a line</source>
        <translation>El pagador de un pago; el número de reclamación (CLP01) de una reclamación; el código de procedimiento de una línea, tal como lo adjudicó el pagador</translation>
    </message>
    <message>
        <source>Method, trace number and date of a payment; the patient of a claim; the date of service of a line</source>
        <translation>Método, número de rastreo y fecha de un pago; el paciente de una reclamación; la fecha de servicio de una línea</translation>
    </message>
    <message>
        <source>What the payer did with the claim (CLP02)</source>
        <translation>Lo que hizo el pagador con la reclamación (CLP02)</translation>
    </message>
    <message>
        <source>What was billed</source>
        <translation>Lo que se facturó</translation>
    </message>
    <message>
        <source>What the payer allows for the line (AMT*B6)</source>
        <translation>Lo que el pagador permite para la línea (AMT*B6)</translation>
    </message>
    <message>
        <source>What the payer paid</source>
        <translation>Lo que pagó el pagador</translation>
    </message>
    <message>
        <source>Deductible, coinsurance and copay: moved to the patient&apos;s balance</source>
        <translation>Deducible, coseguro y copago: pasan al saldo del paciente</translation>
    </message>
    <message>
        <source>Contractual and other adjustments the practice accepts</source>
        <translation>Ajustes contractuales y otros ajustes que acepta el consultorio</translation>
    </message>
    <message>
        <source>Amounts denied: they go to the denial work list</source>
        <translation>Montos denegados: pasan a la lista de trabajo de denegaciones</translation>
    </message>
    <message>
        <source>The claim and line of ours the payment is posted to, and how the line was matched</source>
        <translation>La reclamación y la línea nuestras en las que se registra el pago, y cómo se asoció la línea</translation>
    </message>
    <message>
        <source>Adjustments: group (CO contractual, PR patient, OA other, PI payer), reason code (CARC) and amount</source>
        <translation>Ajustes: grupo (CO contractual, PR paciente, OA otro, PI pagador), código de motivo (CARC) y monto</translation>
    </message>
    <message>
        <source>Remark codes (RARC) of a line; what posting will do for a claim</source>
        <translation>Códigos de observación (RARC) de una línea; lo que hará el registro con una reclamación</translation>
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
    <name>cc::FollowUpModel</name>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>%1 days since sent; %2 expects to pay within %3 days</source>
        <translation>%1 días desde el envío; %2 suele pagar en un plazo de %3 días</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>DOS</source>
        <translation>Fecha de serv.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>Última nota</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Próxima acción</translation>
    </message>
    <message>
        <source>The claim&apos;s patient control number</source>
        <translation>El número de control del paciente de la reclamación</translation>
    </message>
    <message>
        <source>Date of service</source>
        <translation>Fecha de servicio</translation>
    </message>
    <message>
        <source>The last time the claim was sent</source>
        <translation>La última vez que se envió la reclamación</translation>
    </message>
    <message>
        <source>Days since the claim was last sent</source>
        <translation>Días desde el último envío de la reclamación</translation>
    </message>
    <message>
        <source>The insurance balance still owed</source>
        <translation>El saldo del seguro aún pendiente</translation>
    </message>
    <message>
        <source>The follow-up date of the newest note</source>
        <translation>La fecha de seguimiento de la nota más reciente</translation>
    </message>
</context>
<context>
    <name>cc::HandoffLogModel</name>
    <message>
        <source>(no user)</source>
        <translation>(sin usuario)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>An encounter&apos;s move between two states, e.g. &quot;Handed off → Returned&quot;</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Error · %1: %2</source>
        <translation>Error · %1: %2</translation>
    </message>
    <message>
        <source>Warning · %1: %2</source>
        <translation>Advertencia · %1: %2</translation>
    </message>
    <message>
        <source>No findings at that moment</source>
        <translation>Sin hallazgos en ese momento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Service date</source>
        <translation>Fecha de servicio</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → a</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>When the encounter changed state (your local time)</source>
        <translation>Cuándo cambió de estado la consulta (su hora local)</translation>
    </message>
    <message>
        <source>Encounter number</source>
        <translation>Número de consulta</translation>
    </message>
    <message>
        <source>Patient name and medical record number</source>
        <translation>Nombre del paciente y número de expediente médico</translation>
    </message>
    <message>
        <source>Date of service</source>
        <translation>Fecha de servicio</translation>
    </message>
    <message>
        <source>Who made the change</source>
        <translation>Quién hizo el cambio</translation>
    </message>
    <message>
        <source>The state the encounter left and the one it entered</source>
        <translation>El estado que dejó la consulta y el estado al que pasó</translation>
    </message>
    <message>
        <source>The biller&apos;s reason for a return</source>
        <translation>El motivo del facturador para devolverla</translation>
    </message>
    <message>
        <source>Rules the edits raised at that moment</source>
        <translation>Reglas que las verificaciones señalaron en ese momento</translation>
    </message>
    <message>
        <source>The note written with the change</source>
        <translation>La nota escrita con el cambio</translation>
    </message>
</context>
<context>
    <name>cc::HandoffLogService</name>
    <message>
        <source>The range starts on %1, after its last day %2: swap the two dates or change one.</source>
        <translation>El rango empieza el %1, después de su último día, el %2: intercambie las dos fechas o cambie una.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encounter state.</source>
        <translation>&quot;%1&quot; no es un estado de consulta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rule id: rule ids are lower-case words joined by hyphens, such as ncci-ptp.</source>
        <translation>&quot;%1&quot; no es un id de regla: los id de regla son palabras en minúsculas unidas por guiones, por ejemplo ncci-ptp.</translation>
    </message>
    <message>
        <source>Unknown coder</source>
        <translation>Codificador desconocido</translation>
    </message>
    <message>
        <source>Choose a file to export the handoff log to.</source>
        <translation>Elija un archivo al que exportar el registro de entregas.</translation>
    </message>
    <message>
        <source>The handoff log could not be written to %1. Nothing was exported; choose a folder you may write to.</source>
        <translation>No se pudo escribir el registro de entregas en %1. No se exportó nada; elija una carpeta en la que tenga permiso de escritura.</translation>
    </message>
    <message>
        <source>The handoff log could not be saved as %1 (the disk may be full). Nothing was exported.</source>
        <translation>No se pudo guardar el registro de entregas como %1 (puede que el disco esté lleno). No se exportó nada.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A duration: &quot;5 hours&quot; &quot;10 minutes&quot;
----------
A duration: &quot;2 days&quot; &quot;4 hours&quot;</extracomment>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::HandoffLogWidget</name>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>First day of the range, included</source>
        <translation>Primer día del rango, incluido</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Last day of the range, included</source>
        <translation>Último día del rango, incluido</translation>
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
        <source>User filter</source>
        <translation>Filtro de usuario</translation>
    </message>
    <message>
        <source>Only the changes this user made; the summary counts the returns and acceptances of their work or made by them</source>
        <translation>Solo los cambios que hizo este usuario; el resumen cuenta las devoluciones y aceptaciones de su trabajo o hechas por él</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Filtro de resultado</translation>
    </message>
    <message>
        <source>Only the changes into this state</source>
        <translation>Solo los cambios hacia este estado</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Ou&amp;tcome:</source>
        <translation>Resu&amp;ltado:</translation>
    </message>
    <message>
        <source>Rule filter</source>
        <translation>Filtro de regla</translation>
    </message>
    <message>
        <source>Only the changes whose findings name this rule</source>
        <translation>Solo los cambios cuyos hallazgos mencionan esta regla</translation>
    </message>
    <message>
        <source>Any rule</source>
        <translation>Cualquier regla</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Regla:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the log again (F5)</source>
        <translation>Volver a leer el registro (F5)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file for a spreadsheet (Ctrl+E)</source>
        <translation>Guardar las filas mostradas como archivo CSV para una hoja de cálculo (Ctrl+E)</translation>
    </message>
    <message>
        <source>Handoff log</source>
        <translation>Registro de entregas</translation>
    </message>
    <message>
        <source>Selected change</source>
        <translation>Cambio seleccionado</translation>
    </message>
    <message>
        <source>Select a row to read its note, reason and findings.</source>
        <translation>Seleccione una fila para leer su nota, su motivo y sus hallazgos.</translation>
    </message>
    <message>
        <source>Handoff summary</source>
        <translation>Resumen de entregas</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquier usuario</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A user in the filter: &quot;Dana Whitfield, CPC (Coder)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · inactive</source>
        <translation>%1 · inactivo</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A range of days: &quot;10/28/26 – 11/27/26&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The log could not be read for these filters.</source>
        <translation>No se pudo leer el registro con estos filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes from %1 match these filters. Widen the dates, or set the user, outcome and rule back to Any.</source>
        <translation>Ningún cambio del período %1 coincide con estos filtros. Amplíe las fechas, o vuelva a poner el usuario, el resultado y la regla en Cualquiera.</translation>
    </message>
    <message>
        <source>Encounter %1 · %2 (%3) · service date %4</source>
        <translation>Consulta %1 · %2 (%3) · fecha de servicio %4</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>por %1 el %2</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(sin usuario)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>No findings at that moment.</source>
        <translation>Sin hallazgos en ese momento.</translation>
    </message>
    <message numerus="yes">
        <source>Findings at that moment (%n):</source>
        <translation>
            <numerusform>Hallazgos en ese momento (%n):</numerusform>
            <numerusform>Hallazgos en ese momento (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Error</source>
        <translation>✖ Error</translation>
    </message>
    <message>
        <source>⚠ Warning</source>
        <translation>⚠ Advertencia</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Corrección:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>todos los usuarios</translation>
    </message>
    <message>
        <source>Summary · %1 · %2</source>
        <translation>Resumen · %1 · %2</translation>
    </message>
    <message>
        <source>Handed off %1 · returned %2 · accepted %3</source>
        <translation>Entregadas: %1 · devueltas: %2 · aceptadas: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (median of %n accepted encounter(s))</source>
        <translation>
            <numerusform>%1 (mediana de %n consulta aceptada)</numerusform>
            <numerusform>%1 (mediana de %n consultas aceptadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>no encounter accepted in the range</source>
        <translation>ninguna consulta aceptada en el rango</translation>
    </message>
    <message>
        <source>Coded → accepted:</source>
        <translation>De codificada a aceptada:</translation>
    </message>
    <message>
        <source>Returns per coder</source>
        <translation>Devoluciones por codificador</translation>
    </message>
    <message>
        <source>Nothing was handed off or returned.</source>
        <translation>No se entregó ni se devolvió nada.</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Entregadas</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Rules most often behind returns</source>
        <translation>Reglas que más a menudo motivan devoluciones</translation>
    </message>
    <message>
        <source>No return named a rule.</source>
        <translation>Ninguna devolución mencionó una regla.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>The summary follows the dates and the user; the outcome and rule filters narrow the list only.</source>
        <translation>El resumen sigue las fechas y el usuario; los filtros de resultado y de regla solo reducen la lista.</translation>
    </message>
    <message>
        <source>There is nothing to export: no change matches these filters.</source>
        <translation>No hay nada que exportar: ningún cambio coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Export the handoff log</source>
        <translation>Exportar el registro de entregas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n fila a %1.</numerusform>
            <numerusform>Se exportaron %n filas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::HandoffModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-pay</source>
        <translation>Pago particular</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Limpia</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>errors and warnings of the scrubber, e.g. &quot;1 error, 2 warnings&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
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
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Coder&apos;s note</source>
        <translation>Nota del codificador</translation>
    </message>
</context>
<context>
    <name>cc::HandoffService</name>
    <message>
        <source>Encounter %1 no longer exists.</source>
        <translation>La consulta %1 ya no existe.</translation>
    </message>
    <message>
        <source>Only coded work can be handed off; this encounter is %1. Mark it coded first.</source>
        <translation>Solo se puede entregar trabajo codificado; esta consulta está en estado %1. Márquela primero como codificada.</translation>
    </message>
    <message>
        <source>Encounter %1 was changed by someone else since you opened it. Reopen it to see the change, then hand it off.</source>
        <translation>Otra persona cambió la consulta %1 después de que usted la abrió. Vuelva a abrirla para ver el cambio y luego entréguela.</translation>
    </message>
    <message>
        <source>The scrubber still reports an error on this encounter. Fix it, or write a note telling the biller why it should go as it is.</source>
        <translation>El revisor de reclamaciones todavía indica un error en esta consulta. Corríjalo, o escriba una nota que explique al facturador por qué debe enviarse tal como está.</translation>
    </message>
    <message>
        <source>This encounter is %1, not waiting for billing.</source>
        <translation>Esta consulta está en estado %1, no en espera de facturación.</translation>
    </message>
    <message numerus="yes">
        <source>%n error finding(s) are still open on this encounter. Return it to the coder, or override each one with a reason.</source>
        <translation>
            <numerusform>Todavía hay %n hallazgo de error abierto en esta consulta. Devuélvala al codificador, o anúlelo con un motivo.</numerusform>
            <numerusform>Todavía hay %n hallazgos de error abiertos en esta consulta. Devuélvala al codificador, o anule cada uno con un motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose why the work goes back to the coder.</source>
        <translation>Elija por qué el trabajo vuelve al codificador.</translation>
    </message>
    <message>
        <source>Say what the coder should change: &quot;Other&quot; needs a few words.</source>
        <translation>Indique qué debe cambiar el codificador: “Otro” necesita unas palabras.</translation>
    </message>
    <message>
        <source>Say why this finding can be accepted as it is: the reason is kept with the claim and shown to auditors.</source>
        <translation>Indique por qué este hallazgo se puede aceptar tal como está: el motivo se guarda con la reclamación y se muestra a los auditores.</translation>
    </message>
    <message>
        <source>This finding no longer exists: the encounter was scrubbed again. Reload the list.</source>
        <translation>Este hallazgo ya no existe: la consulta se volvió a revisar. Vuelva a cargar la lista.</translation>
    </message>
</context>
<context>
    <name>cc::HandoffWidget</name>
    <message>
        <source>&lt;b&gt;Incoming from coding&lt;/b&gt; — oldest first</source>
        <translation>&lt;b&gt;Entrantes de codificación&lt;/b&gt; — las más antiguas primero</translation>
    </message>
    <message>
        <source>Encounters handed off to billing</source>
        <translation>Consultas entregadas a facturación</translation>
    </message>
    <message>
        <source>Nothing is waiting: coded work appears here when a coder hands it off.</source>
        <translation>No hay nada en espera: el trabajo codificado aparece aquí cuando un codificador lo entrega.</translation>
    </message>
    <message>
        <source>Codes and note of the encounter</source>
        <translation>Códigos y nota de la consulta</translation>
    </message>
    <message>
        <source>Findings of the scrubber</source>
        <translation>Hallazgos del revisor de reclamaciones</translation>
    </message>
    <message>
        <source>&amp;Override finding…</source>
        <translation>A&amp;nular hallazgo…</translation>
    </message>
    <message>
        <source>Accept the selected error as it is, with a reason that is kept with the claim</source>
        <translation>Aceptar el error seleccionado tal como está, con un motivo que se guarda con la reclamación</translation>
    </message>
    <message>
        <source>&amp;Return to coder…</source>
        <translation>&amp;Devolver al codificador…</translation>
    </message>
    <message>
        <source>Send the work back with a reason (Ctrl+R)</source>
        <translation>Devolver el trabajo con un motivo (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Accept the coding and make a draft claim (Ctrl+Enter)</source>
        <translation>Aceptar la codificación y crear un borrador de reclamación (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The handoff list could not be read.</source>
        <translation>No se pudo leer la lista de entregas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) · %3 · %4&lt;br&gt;%5 · handed off by %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) · %3 · %4&lt;br&gt;%5 · entregada por %6</translation>
    </message>
    <message>
        <source>Self-pay</source>
        <translation>Pago particular</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Coder&apos;s note:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nota del codificador:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Diagnoses&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Diagnósticos&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Services&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Servicios&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Note&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nota&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Addendum&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Adenda&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The findings could not be read.</source>
        <translation>No se pudieron leer los hallazgos.</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>Línea %1: </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corrección: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Overridden by %1: %2</source>
        <translation>Anulado por %1: %2</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regla %1</translation>
    </message>
    <message>
        <source>No findings: the claim is clean.</source>
        <translation>Sin hallazgos: la reclamación está limpia.</translation>
    </message>
    <message>
        <source>Open error findings: override each with a reason, or return the work to the coder</source>
        <translation>Hallazgos de error abiertos: anule cada uno con un motivo, o devuelva el trabajo al codificador</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Accepted %1: a draft claim was made.</source>
        <translation>Se aceptó la consulta de %1: se creó un borrador de reclamación.</translation>
    </message>
    <message>
        <source>Accepted %1</source>
        <translation>Se aceptó la consulta de %1</translation>
    </message>
    <message>
        <source>Return to coder</source>
        <translation>Devolver al codificador</translation>
    </message>
    <message>
        <source>Returned %1 to the coders.</source>
        <translation>Se devolvió la consulta de %1 a los codificadores.</translation>
    </message>
    <message>
        <source>Override finding</source>
        <translation>Anular hallazgo</translation>
    </message>
    <message>
        <source>Why is this claim right as it is? The reason is kept with the claim and shown to auditors.</source>
        <translation>¿Por qué esta reclamación es correcta tal como está? El motivo se guarda con la reclamación y se muestra a los auditores.</translation>
    </message>
    <message>
        <source>Finding overridden.</source>
        <translation>Hallazgo anulado.</translation>
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
    <name>cc::LedgerRepository</name>
    <message>
        <source>Ledger entry %1 is not on record.</source>
        <translation>El asiento %1 del libro mayor no está registrado.</translation>
    </message>
    <message>
        <source>Ledger entry %1 has already been reversed.</source>
        <translation>El asiento %1 del libro mayor ya se revirtió.</translation>
    </message>
    <message>
        <source>Ledger entry %1 is itself a reversal.</source>
        <translation>El asiento %1 del libro mayor es en sí mismo una reversión.</translation>
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
    <message>
        <source>Handoff</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Handoff log</source>
        <translation>Registro de entregas</translation>
    </message>
    <message>
        <source>Payer rules</source>
        <translation>Reglas del pagador</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Denegaciones</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Estados de cuenta</translation>
    </message>
    <message>
        <source>A/R</source>
        <translation>Cuentas por cobrar</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel de control</translation>
    </message>
    <message>
        <source>Coding audit</source>
        <translation>Auditoría de codificación</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Copia de seguridad:</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia ahora…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Hide the reminder until you log in again</source>
        <translation>Ocultar el aviso hasta que vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Back up practice…</source>
        <translation>&amp;Copia de seguridad del consultorio…</translation>
    </message>
    <message>
        <source>Back up the practice</source>
        <translation>Copia de seguridad del consultorio</translation>
    </message>
    <message>
        <source>CleanClaim backups (*.sqlite)</source>
        <translation>Copias de seguridad de CleanClaim (*.sqlite)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2). Keep a copy on another disk.</source>
        <translation>Copia de seguridad hecha en %1 (%2). Guarde una copia en otro disco.</translation>
    </message>
    <message>
        <source>Lists updated with work saved on another seat.</source>
        <translation>Listas actualizadas con trabajo guardado en otro puesto.</translation>
    </message>
    <message>
        <source>Other seats</source>
        <translation>Otros puestos</translation>
    </message>
    <message>
        <source>Work saved on other seats can no longer be shown here as it happens: %1 Lists still refresh after your own work and with F5.</source>
        <translation>El trabajo guardado en otros puestos ya no se puede mostrar aquí en el momento: %1 Las listas se siguen actualizando después de su propio trabajo y con F5.</translation>
    </message>
</context>
<context>
    <name>cc::MatchCandidateModel</name>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Date of service</source>
        <translation>Fecha de servicio</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why it may be this one</source>
        <translation>Por qué podría ser esta</translation>
    </message>
    <message>
        <source>Our claim number (patient control number)</source>
        <translation>Nuestro número de reclamación (número de control del paciente)</translation>
    </message>
    <message>
        <source>The claim&apos;s patient</source>
        <translation>El paciente de la reclamación</translation>
    </message>
    <message>
        <source>The payer the claim was billed to</source>
        <translation>El pagador al que se facturó la reclamación</translation>
    </message>
    <message>
        <source>The claim&apos;s first date of service</source>
        <translation>La primera fecha de servicio de la reclamación</translation>
    </message>
    <message>
        <source>The claim&apos;s total charge</source>
        <translation>El cargo total de la reclamación</translation>
    </message>
    <message>
        <source>Where the claim is now</source>
        <translation>En qué estado está ahora la reclamación</translation>
    </message>
    <message>
        <source>What this claim has in common with the payer&apos;s claim</source>
        <translation>Lo que esta reclamación tiene en común con la reclamación del pagador</translation>
    </message>
</context>
<context>
    <name>cc::MeasureBreakdownModel</name>
    <message>
        <source>n/a</source>
        <extracomment>A measure that does not apply to the grouping (query turnaround by payer)</extracomment>
        <translation>n/a</translation>
    </message>
    <message>
        <source>%1 is not counted by this grouping.</source>
        <translation>%1 no se contabiliza con esta agrupación.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cc::MeasureDrillDownDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1: %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>Solo: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt;</source>
        <extracomment>The drill-down&apos;s numerator and denominator: &quot;Clean on first scrub: 187 of Claims scrubbed: 200&quot;</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; de &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 – %2. Counts: %3</source>
        <translation>%1 – %2. Se cuentan: %3</translation>
    </message>
    <message>
        <source>Encounters behind %1</source>
        <translation>Consultas de la medida %1</translation>
    </message>
    <message>
        <source>Claims behind %1</source>
        <translation>Reclamaciones de la medida %1</translation>
    </message>
    <message>
        <source>Nothing is counted in this period.</source>
        <translation>No hay nada contabilizado en este período.</translation>
    </message>
    <message numerus="yes">
        <source>%n encounter(s). Click a heading to sort.</source>
        <translation>
            <numerusform>%n consulta. Haga clic en un encabezado para ordenar.</numerusform>
            <numerusform>%n consultas. Haga clic en un encabezado para ordenar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s). Enter or a double-click opens the claim; click a heading to sort.</source>
        <translation>
            <numerusform>%n reclamación. Enter o doble clic abre la reclamación; haga clic en un encabezado para ordenar.</numerusform>
            <numerusform>%n reclamaciones. Enter o doble clic abre la reclamación; haga clic en un encabezado para ordenar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::MeasureItemModel</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>What one record adds to a measure: &quot;$120.00 of $150.00&quot;, &quot;1 of 1&quot;, &quot;12 days of 1&quot;</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Counted in the numerator and the denominator</source>
        <translation>Se cuenta en el numerador y en el denominador</translation>
    </message>
    <message>
        <source>Counted in the denominator only</source>
        <translation>Se cuenta solo en el denominador</translation>
    </message>
    <message>
        <source>Enter or double-click opens the claim</source>
        <translation>Enter o doble clic abre la reclamación</translation>
    </message>
    <message>
        <source>Encounter %1</source>
        <translation>Consulta %1</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>DOS</source>
        <translation>Fecha de serv.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>In numerator</source>
        <translation>En el numerador</translation>
    </message>
    <message>
        <source>Adds</source>
        <translation>Aporta</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Date of service</source>
        <translation>Fecha de servicio</translation>
    </message>
    <message>
        <source>The date that puts the record in the period: %1</source>
        <translation>La fecha que sitúa el registro en el período: %1</translation>
    </message>
    <message>
        <source>Whether the record counts in the numerator (%1)</source>
        <translation>Si el registro se cuenta en el numerador (%1)</translation>
    </message>
    <message>
        <source>What the record adds to the numerator (%1) of what it adds to the denominator (%2)</source>
        <translation>Lo que el registro aporta al numerador (%1) sobre lo que aporta al denominador (%2)</translation>
    </message>
    <message>
        <source>Why the record counts as it does</source>
        <translation>Por qué el registro se cuenta como se cuenta</translation>
    </message>
</context>
<context>
    <name>cc::MeasureService</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Self-pay</source>
        <translation>Pago particular</translation>
    </message>
    <message>
        <source>No provider</source>
        <translation>Sin proveedor</translation>
    </message>
    <message>
        <source>No coder</source>
        <translation>Sin codificador</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A coder in a breakdown: user name, then full name: &quot;coder1 (Kim Lee)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Passed every edit on its first scrub.</source>
        <translation>Pasó todas las verificaciones en su primera revisión.</translation>
    </message>
    <message>
        <source>Not clean on its first scrub: an edit found an error.</source>
        <translation>No estaba limpia en su primera revisión: una verificación encontró un error.</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>acuse de recibo</translation>
    </message>
    <message>
        <source>Accepted on its first submission (%1).</source>
        <translation>Aceptada en su primer envío (%1).</translation>
    </message>
    <message>
        <source>Rejected after its first submission (%1).</source>
        <translation>Rechazada tras su primer envío (%1).</translation>
    </message>
    <message>
        <source>Paid or adjusted on its first adjudication; nothing denied.</source>
        <translation>Pagada o ajustada en su primera adjudicación; no se denegó nada.</translation>
    </message>
    <message>
        <source>Denied on its first adjudication: %1-%2, %3 of %4 charged.</source>
        <extracomment>&quot;Denied on its first adjudication: CO-97, $45.00 of $120.00 charged.&quot;</extracomment>
        <translation>Denegada en su primera adjudicación: %1-%2, %3 de %4 facturados.</translation>
    </message>
    <message>
        <source>Denied in full on its first adjudication (claim status 4), %1 of %2 charged.</source>
        <translation>Denegada por completo en su primera adjudicación (estado de reclamación 4), %1 de %2 facturados.</translation>
    </message>
    <message numerus="yes">
        <source>%1 open, %n day(s) from the date of service: over 90.</source>
        <translation>
            <numerusform>%1 pendiente; %n día desde la fecha de servicio: más de 90.</numerusform>
            <numerusform>%1 pendiente; %n días desde la fecha de servicio: más de 90.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 open, %n day(s) from the date of service: within 90.</source>
        <translation>
            <numerusform>%1 pendiente; %n día desde la fecha de servicio: dentro de los 90.</numerusform>
            <numerusform>%1 pendiente; %n días desde la fecha de servicio: dentro de los 90.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 open, %n day(s) from the date of service.</source>
        <translation>
            <numerusform>%1 pendiente; %n día desde la fecha de servicio.</numerusform>
            <numerusform>%1 pendiente; %n días desde la fecha de servicio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Charged %1 in the last 90 days; nothing is owed on it.</source>
        <translation>Se facturó %1 en los últimos 90 días; no se debe nada por ella.</translation>
    </message>
    <message>
        <source>Posted in the period: payments %1, charges %2, contractual adjustments %3.</source>
        <translation>Registrado en el período: pagos %1, cargos %2, ajustes contractuales %3.</translation>
    </message>
    <message numerus="yes">
        <source>Claim created %n day(s) after the date of service.</source>
        <translation>
            <numerusform>Reclamación creada %n día después de la fecha de servicio.</numerusform>
            <numerusform>Reclamación creada %n días después de la fecha de servicio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Query %1 answered %2 after it was sent.</source>
        <translation>Solicitud de aclaración %1 respondida %2 después de enviarse.</translation>
    </message>
    <message>
        <source>The auditor agreed with %1 of %2 code lines.</source>
        <translation>El auditor coincidió con %1 de %2 líneas de código.</translation>
    </message>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>Elija el primer y el último día del período.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its last day %2. Choose a first day on or before the last.</source>
        <translation>El período empieza el %1, que es posterior a su último día, el %2. Elija un primer día igual o anterior al último.</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>general</translation>
    </message>
    <message>
        <source>payer</source>
        <translation>pagador</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>proveedor</translation>
    </message>
    <message>
        <source>coder</source>
        <translation>codificador</translation>
    </message>
    <message>
        <source>%1 is not measured by %2.</source>
        <translation>%1 no se mide con la agrupación “%2”.</translation>
    </message>
    <message>
        <source>Encounter %1</source>
        <translation>Consulta %1</translation>
    </message>
    <message>
        <source>No claim</source>
        <translation>Sin reclamación</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A denial reason bar: &quot;CO-97: The benefit for this service is included…&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Whole claim</source>
        <translation>Reclamación completa</translation>
    </message>
    <message>
        <source>Choose the day the A/R is aged to.</source>
        <translation>Elija el día al que se calcula la antigüedad de las cuentas por cobrar.</translation>
    </message>
    <message>
        <source>Handed off to billing; accepted.</source>
        <translation>Entregada a facturación; aceptada.</translation>
    </message>
    <message>
        <source>Handed off to billing; not answered yet.</source>
        <translation>Entregada a facturación; aún sin respuesta.</translation>
    </message>
    <message>
        <source>Handed off to billing; returned to the coder.</source>
        <translation>Entregada a facturación; devuelta al codificador.</translation>
    </message>
    <message>
        <source>Handed off to billing; returned to the coder: %1.</source>
        <translation>Entregada a facturación; devuelta al codificador: %1.</translation>
    </message>
    <message>
        <source>Charged %1 in the last 90 days; replaced by a corrected claim, which carries the balance and charges it again.</source>
        <translation>Se cargaron %1 en los últimos 90 días; reemplazada por una reclamación corregida, que lleva el saldo y vuelve a cargarlos.</translation>
    </message>
    <message>
        <source>Replaced by a later claim: its charges count there.</source>
        <translation>Reemplazada por una reclamación posterior: sus cargos cuentan allí.</translation>
    </message>
</context>
<context>
    <name>cc::MeasureTile</name>
    <message>
        <source>no common target</source>
        <translation>sin meta común</translation>
    </message>
    <message>
        <source>Click or press Enter to list the encounters.</source>
        <translation>Haga clic o presione Enter para ver la lista de consultas.</translation>
    </message>
    <message>
        <source>Click or press Enter to list the claims.</source>
        <translation>Haga clic o presione Enter para ver la lista de reclamaciones.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cc::Measures</name>
    <message>
        <source>Clean claim rate</source>
        <translation>Tasa de reclamaciones limpias</translation>
    </message>
    <message>
        <source>Claims that passed every edit on their first scrub with no manual change ÷ claims scrubbed</source>
        <translation>Reclamaciones que pasaron todas las verificaciones en su primera revisión sin ningún cambio manual ÷ reclamaciones revisadas</translation>
    </message>
    <message>
        <source>Clean on first scrub</source>
        <translation>Limpias en la primera revisión</translation>
    </message>
    <message>
        <source>Claims scrubbed</source>
        <translation>Reclamaciones revisadas</translation>
    </message>
    <message>
        <source>Original claims created in the period that have been scrubbed</source>
        <translation>Reclamaciones originales creadas en el período que ya se revisaron</translation>
    </message>
    <message>
        <source>First-pass acceptance rate</source>
        <translation>Tasa de aceptación en el primer envío</translation>
    </message>
    <message>
        <source>Claims accepted (999/277CA) on their first submission ÷ claims submitted and answered</source>
        <translation>Reclamaciones aceptadas (999/277CA) en su primer envío ÷ reclamaciones enviadas y respondidas</translation>
    </message>
    <message>
        <source>Accepted on first submission</source>
        <translation>Aceptadas en el primer envío</translation>
    </message>
    <message>
        <source>Claims answered</source>
        <translation>Reclamaciones respondidas</translation>
    </message>
    <message>
        <source>Claims first sent in the period that have an acceptance or a rejection; claims still waiting are left out</source>
        <translation>Reclamaciones enviadas por primera vez en el período que tienen una aceptación o un rechazo; se excluyen las que siguen en espera</translation>
    </message>
    <message>
        <source>Denial rate</source>
        <translation>Tasa de denegaciones</translation>
    </message>
    <message>
        <source>Claims denied in full or in part on their first adjudication ÷ claims adjudicated</source>
        <translation>Reclamaciones denegadas total o parcialmente en su primera adjudicación ÷ reclamaciones adjudicadas</translation>
    </message>
    <message>
        <source>Denied on first adjudication</source>
        <translation>Denegadas en la primera adjudicación</translation>
    </message>
    <message>
        <source>Claims adjudicated</source>
        <translation>Reclamaciones adjudicadas</translation>
    </message>
    <message>
        <source>Claims whose first payer answer (ERA or EOB) was posted in the period</source>
        <translation>Reclamaciones cuya primera respuesta del pagador (ERA o EOB) se registró en el período</translation>
    </message>
    <message>
        <source>Denial rate (dollars)</source>
        <translation>Tasa de denegaciones (dólares)</translation>
    </message>
    <message>
        <source>Dollars denied on the first adjudication ÷ dollars charged on the claims adjudicated</source>
        <translation>Dólares denegados en la primera adjudicación ÷ dólares facturados en las reclamaciones adjudicadas</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Days in A/R</source>
        <translation>Días en cuentas por cobrar</translation>
    </message>
    <message>
        <source>Outstanding A/R balance ÷ (gross charges of the last 90 days ÷ 90)</source>
        <translation>Saldo pendiente de cuentas por cobrar ÷ (cargos brutos de los últimos 90 días ÷ 90)</translation>
    </message>
    <message>
        <source>A/R balance</source>
        <translation>Saldo de cuentas por cobrar</translation>
    </message>
    <message>
        <source>Charges of the last 90 days</source>
        <translation>Cargos de los últimos 90 días</translation>
    </message>
    <message>
        <source>As of the period&apos;s last day: the insurance and patient balance of the claims on the A/R, and the charges posted in the 90 days ending that day</source>
        <translation>Al último día del período: el saldo del seguro y del paciente de las reclamaciones en cuentas por cobrar, y los cargos registrados en los 90 días que terminan ese día</translation>
    </message>
    <message>
        <source>A/R over 90 days</source>
        <translation>Cuentas por cobrar de más de 90 días</translation>
    </message>
    <message>
        <source>A/R balance more than 90 days past the date of service ÷ A/R balance</source>
        <translation>Saldo de cuentas por cobrar con más de 90 días desde la fecha de servicio ÷ saldo de cuentas por cobrar</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Más de 90 días</translation>
    </message>
    <message>
        <source>As of the period&apos;s last day: the claims on the A/R, aged from their date of service</source>
        <translation>Al último día del período: las reclamaciones en cuentas por cobrar, con su antigüedad contada desde la fecha de servicio</translation>
    </message>
    <message>
        <source>Net collection rate</source>
        <translation>Tasa de cobro neta</translation>
    </message>
    <message>
        <source>Payments ÷ (charges − contractual adjustments)</source>
        <translation>Pagos ÷ (cargos − ajustes contractuales)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Charges less contractual adjustments</source>
        <translation>Cargos menos ajustes contractuales</translation>
    </message>
    <message>
        <source>Payer and patient payments, charges and contractual (CO) adjustments posted in the period; reversals net out</source>
        <translation>Pagos del pagador y del paciente, cargos y ajustes contractuales (CO) registrados en el período; las reversiones se compensan</translation>
    </message>
    <message>
        <source>Charge lag</source>
        <translation>Demora de cargos</translation>
    </message>
    <message>
        <source>Days from the date of service to the claim&apos;s creation, summed ÷ claims created</source>
        <translation>Suma de los días desde la fecha de servicio hasta la creación de la reclamación ÷ reclamaciones creadas</translation>
    </message>
    <message>
        <source>Days of lag</source>
        <translation>Días de demora</translation>
    </message>
    <message>
        <source>Claims created</source>
        <translation>Reclamaciones creadas</translation>
    </message>
    <message>
        <source>Original claims (not secondary claims) created in the period</source>
        <translation>Reclamaciones originales (no secundarias) creadas en el período</translation>
    </message>
    <message>
        <source>Query turnaround</source>
        <translation>Tiempo de respuesta a solicitudes de aclaración</translation>
    </message>
    <message>
        <source>Time from a documentation query sent to its answer, summed ÷ queries answered</source>
        <translation>Suma del tiempo desde el envío de una solicitud de aclaración de documentación hasta su respuesta ÷ solicitudes respondidas</translation>
    </message>
    <message>
        <source>Time to answer</source>
        <translation>Tiempo hasta la respuesta</translation>
    </message>
    <message>
        <source>Queries answered</source>
        <translation>Solicitudes respondidas</translation>
    </message>
    <message>
        <source>Documentation queries answered in the period</source>
        <translation>Solicitudes de aclaración de documentación respondidas en el período</translation>
    </message>
    <message>
        <source>Coding audit accuracy</source>
        <translation>Precisión en auditorías de codificación</translation>
    </message>
    <message>
        <source>Audited code lines the auditor agreed with ÷ audited code lines</source>
        <translation>Líneas de código auditadas con las que coincidió el auditor ÷ líneas de código auditadas</translation>
    </message>
    <message>
        <source>Lines agreed</source>
        <translation>Líneas coincidentes</translation>
    </message>
    <message>
        <source>Lines audited</source>
        <translation>Líneas auditadas</translation>
    </message>
    <message>
        <source>Audited encounters recoded in the period</source>
        <translation>Consultas auditadas que se recodificaron en el período</translation>
    </message>
    <message>
        <source>Handoff return rate</source>
        <translation>Tasa de devolución de entregas</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devueltas</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Entregadas</translation>
    </message>
    <message>
        <source>Hand-offs that billing returned to the coder ÷ hand-offs to billing</source>
        <translation>Entregas que facturación devolvió al codificador ÷ entregas a facturación</translation>
    </message>
    <message>
        <source>Hand-offs made in the period, with billing&apos;s answer whenever it came</source>
        <translation>Entregas hechas en el período, con la respuesta de facturación cuando haya llegado</translation>
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
    <name>cc::NcciParser</name>
    <message>
        <source>The file starts with a row of edits, but a CMS NCCI PTP file starts with six header lines (the AMA notice, &quot;Column1/Column2 Edits&quot; and four lines of column headings). Import the file as CMS publishes it.</source>
        <translation>El archivo empieza con una fila de ediciones, pero un archivo NCCI PTP de CMS empieza con seis líneas de encabezado (el aviso de la AMA, &quot;Column1/Column2 Edits&quot; y cuatro líneas de títulos de columna). Importe el archivo tal como lo publica CMS.</translation>
    </message>
    <message>
        <source>This line is already a row of edits, but a CMS NCCI PTP file has six header lines: this file&apos;s header is incomplete. Import the file as CMS publishes it.</source>
        <translation>Esta línea ya es una fila de ediciones, pero un archivo NCCI PTP de CMS tiene seis líneas de encabezado: el encabezado de este archivo está incompleto. Importe el archivo tal como lo publica CMS.</translation>
    </message>
    <message numerus="yes">
        <source>This is not a CMS NCCI PTP file: it has %n line(s), fewer than the six header lines of one.</source>
        <translation>
            <numerusform>Este no es un archivo NCCI PTP de CMS: tiene %n línea, menos que las seis líneas de encabezado de uno de ellos.</numerusform>
            <numerusform>Este no es un archivo NCCI PTP de CMS: tiene %n líneas, menos que las seis líneas de encabezado de uno de ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a CMS NCCI PTP file: its third line should hold the column headings &quot;Column 1&quot;, &quot;Column 2&quot;…, but it reads &quot;%1&quot;.</source>
        <translation>Este no es un archivo NCCI PTP de CMS: su tercera línea debería contener los títulos de columna &quot;Column 1&quot;, &quot;Column 2&quot;…, pero dice &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n field(s); a PTP row has 7, separated by tabs: column 1, column 2, the pre-1996 flag, effective date, deletion date, modifier indicator and rationale.</source>
        <translation>
            <numerusform>La fila tiene %n campo; una fila PTP tiene 7, separados por tabulaciones: columna 1, columna 2, indicador anterior a 1996, fecha de entrada en vigor, fecha de eliminación, indicador de modificador y fundamento.</numerusform>
            <numerusform>La fila tiene %n campos; una fila PTP tiene 7, separados por tabulaciones: columna 1, columna 2, indicador anterior a 1996, fecha de entrada en vigor, fecha de eliminación, indicador de modificador y fundamento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The row has %n field(s); a PTP row has 7, separated by tabs.</source>
        <translation>
            <numerusform>La fila tiene %n campo; una fila PTP tiene 7, separados por tabulaciones.</numerusform>
            <numerusform>La fila tiene %n campos; una fila PTP tiene 7, separados por tabulaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column 1 &quot;%1&quot; is not a CPT or HCPCS code (five capital letters or digits).</source>
        <translation>La columna 1 &quot;%1&quot; no es un código CPT o HCPCS (cinco letras mayúsculas o dígitos).</translation>
    </message>
    <message>
        <source>Column 2 &quot;%1&quot; is not a CPT or HCPCS code (five capital letters or digits).</source>
        <translation>La columna 2 &quot;%1&quot; no es un código CPT o HCPCS (cinco letras mayúsculas o dígitos).</translation>
    </message>
    <message>
        <source>The pre-1996 flag (field 3) of %1/%2 is &quot;%3&quot;; it must be empty or &quot;*&quot;.</source>
        <translation>El indicador anterior a 1996 (campo 3) de %1/%2 es &quot;%3&quot;; debe estar vacío o ser &quot;*&quot;.</translation>
    </message>
    <message>
        <source>The effective date (field 4) of %1/%2 is &quot;%3&quot;; it must be a date written YYYYMMDD.</source>
        <translation>La fecha de entrada en vigor (campo 4) de %1/%2 es &quot;%3&quot;; debe ser una fecha con el formato AAAAMMDD.</translation>
    </message>
    <message>
        <source>The deletion date (field 5) of %1/%2 is &quot;%3&quot;; it must be a date written YYYYMMDD, or &quot;*&quot; when the edit is not deleted.</source>
        <translation>La fecha de eliminación (campo 5) de %1/%2 es &quot;%3&quot;; debe ser una fecha con el formato AAAAMMDD, o &quot;*&quot; cuando la edición no está eliminada.</translation>
    </message>
    <message>
        <source>The edit %1/%2 is deleted on %3, before it takes effect on %4.</source>
        <translation>La edición %1/%2 se elimina el %3, antes de entrar en vigor el %4.</translation>
    </message>
    <message>
        <source>The modifier indicator (field 6) of %1/%2 is &quot;%3&quot;; it must be 0 (no modifier allowed), 1 (allowed) or 9 (not applicable).</source>
        <translation>El indicador de modificador (campo 6) de %1/%2 es &quot;%3&quot;; debe ser 0 (no se permite modificador), 1 (se permite) o 9 (no corresponde).</translation>
    </message>
    <message>
        <source>A quote appears inside a field that is not quoted; quote the whole field and write a quote inside it as &quot;&quot;.</source>
        <translation>Hay comillas dentro de un campo que no está entre comillas; ponga todo el campo entre comillas y escriba cada comilla interna como &quot;&quot;.</translation>
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
        <source>The first heading of the MUE file should be &quot;HCPCS/CPT Code&quot;; it is &quot;%1&quot;.</source>
        <translation>El primer título del archivo MUE debería ser &quot;HCPCS/CPT Code&quot;; es &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This MUE file holds &quot;%1&quot;; CleanClaim reads the MUE file of practitioner services (MCR_MUE_PractitionerServices_….csv).</source>
        <translation>Este archivo MUE contiene &quot;%1&quot;; CleanClaim lee el archivo MUE de servicios de profesionales (MCR_MUE_PractitionerServices_….csv).</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n field(s); an MUE row has 4: code, MUE value, adjudication indicator and rationale.</source>
        <translation>
            <numerusform>La fila tiene %n campo; una fila MUE tiene 4: código, valor MUE, indicador de adjudicación y fundamento.</numerusform>
            <numerusform>La fila tiene %n campos; una fila MUE tiene 4: código, valor MUE, indicador de adjudicación y fundamento.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CPT or HCPCS code (five capital letters or digits).</source>
        <translation>&quot;%1&quot; no es un código CPT o HCPCS (cinco letras mayúsculas o dígitos).</translation>
    </message>
    <message>
        <source>The MUE value of %1 is &quot;%2&quot;; it must be a whole number of units, 0 or more.</source>
        <translation>El valor MUE de %1 es &quot;%2&quot;; debe ser un número entero de unidades, 0 o mayor.</translation>
    </message>
    <message>
        <source>The MUE adjudication indicator of %1 is &quot;%2&quot;; it must start with 1 (line edit), 2 (date of service edit: policy) or 3 (date of service edit: clinical).</source>
        <translation>El indicador de adjudicación MUE de %1 es &quot;%2&quot;; debe empezar con 1 (edición por línea), 2 (edición por fecha de servicio: política) o 3 (edición por fecha de servicio: clínica).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file ends on this line without a line break: it looks cut short (an interrupted download or copy), so this row may be incomplete. Download the file again from CMS.</source>
        <translation>El archivo termina en esta línea sin un salto de línea: parece cortado (una descarga o copia interrumpida), así que esta fila puede estar incompleta. Vuelva a descargar el archivo de CMS.</translation>
    </message>
    <message>
        <source>The file holds no PTP edits after its header.</source>
        <translation>El archivo no contiene ediciones PTP después de su encabezado.</translation>
    </message>
    <message>
        <source>This is not a CMS MUE file: the header row &quot;HCPCS/CPT Code, Practitioner Services MUE Values, MUE Adjudication Indicator, MUE Rationale&quot; does not come before line %1.</source>
        <translation>Este no es un archivo MUE de CMS: la fila de encabezado &quot;HCPCS/CPT Code, Practitioner Services MUE Values, MUE Adjudication Indicator, MUE Rationale&quot; no aparece antes de la línea %1.</translation>
    </message>
    <message>
        <source>The code %1 appears a second time (first on line %2).</source>
        <translation>El código %1 aparece por segunda vez (la primera, en la línea %2).</translation>
    </message>
    <message>
        <source>This is not a CMS MUE file: it has no header row &quot;HCPCS/CPT Code, Practitioner Services MUE Values, MUE Adjudication Indicator, MUE Rationale&quot;.</source>
        <translation>Este no es un archivo MUE de CMS: no tiene la fila de encabezado &quot;HCPCS/CPT Code, Practitioner Services MUE Values, MUE Adjudication Indicator, MUE Rationale&quot;.</translation>
    </message>
    <message>
        <source>The file holds no MUE values after its header.</source>
        <translation>El archivo no contiene valores MUE después de su encabezado.</translation>
    </message>
</context>
<context>
    <name>cc::PayerRuleRepository</name>
    <message>
        <source>The payer rule “%1” was deleted at another seat, so your change was not saved. Save it again as a new rule if it is still needed.</source>
        <translation>La regla del pagador “%1” se eliminó en otro puesto de trabajo, así que su cambio no se guardó. Guárdela de nuevo como regla nueva si todavía es necesaria.</translation>
    </message>
    <message>
        <source>Another seat saved the payer rule “%1” first, so your change was not saved over theirs. Open the rule again to see their version, then redo your change.</source>
        <translation>Otro puesto de trabajo guardó primero la regla del pagador “%1”, así que su cambio no se guardó encima del suyo. Vuelva a abrir la regla para ver esa versión y luego rehaga su cambio.</translation>
    </message>
    <message>
        <source>This payer rule no longer exists: another seat deleted it.</source>
        <translation>Esta regla del pagador ya no existe: se eliminó en otro puesto de trabajo.</translation>
    </message>
</context>
<context>
    <name>cc::PayerRuleService</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A JSON path such as rules[3].codes[1], then what is wrong there.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This is not a field of a payer rule; the fields are %1.</source>
        <translation>Este no es un campo de una regla del pagador; los campos son %1.</translation>
    </message>
    <message>
        <source>This must be text, in quotes.</source>
        <translation>Esto debe ser texto, entre comillas.</translation>
    </message>
    <message>
        <source>This must be a list of text, such as [&quot;73721&quot;].</source>
        <translation>Esto debe ser una lista de textos, por ejemplo [&quot;73721&quot;].</translation>
    </message>
    <message>
        <source>An age is a whole number of years from 0 to 130, or null for no bound.</source>
        <translation>Una edad es un número entero de años del 0 al 130, o null si no hay límite.</translation>
    </message>
    <message>
        <source>Name the payer by its payer id, such as &quot;SMHP2&quot;.</source>
        <translation>Indique el pagador por su payer id, por ejemplo &quot;SMHP2&quot;.</translation>
    </message>
    <message>
        <source>The payer is written {&quot;id&quot;: &quot;SMHP2&quot;, &quot;name&quot;: &quot;Summit Health Plan&quot;}, or null for every payer.</source>
        <translation>El pagador se escribe {&quot;id&quot;: &quot;SMHP2&quot;, &quot;name&quot;: &quot;Summit Health Plan&quot;}, o null para todos los pagadores.</translation>
    </message>
    <message>
        <source>The action is &quot;finding&quot; or &quot;authorization&quot;.</source>
        <translation>La acción es &quot;finding&quot; o &quot;authorization&quot;.</translation>
    </message>
    <message>
        <source>The severity is &quot;error&quot; or &quot;warning&quot;.</source>
        <translation>La gravedad es &quot;error&quot; o &quot;warning&quot;.</translation>
    </message>
    <message>
        <source>Active is true or false, without quotes.</source>
        <translation>El campo active es true o false, sin comillas.</translation>
    </message>
    <message>
        <source>No payer of this practice has the payer id %1. Add the payer first, or change the file.</source>
        <translation>Ningún pagador de este consultorio tiene el payer id %1. Agregue primero el pagador, o cambie el archivo.</translation>
    </message>
    <message>
        <source>Several payers have the payer id %1 (%2); give the payer&apos;s name exactly as the practice spells it.</source>
        <translation>Varios pagadores tienen el payer id %1 (%2); escriba el nombre del pagador exactamente como lo escribe el consultorio.</translation>
    </message>
    <message>
        <source>Log in to read the payer rules.</source>
        <translation>Inicie sesión para leer las reglas del pagador.</translation>
    </message>
    <message>
        <source>Give the rule a name, such as “Summit: knee MRI needs an authorization”.</source>
        <translation>Dé un nombre a la regla, por ejemplo “Summit: la resonancia magnética de rodilla necesita autorización”.</translation>
    </message>
    <message>
        <source>The range %1 has ends of different lengths; write both codes in full, such as 97110-97140.</source>
        <translation>Los extremos del rango %1 tienen longitudes distintas; escriba ambos códigos completos, por ejemplo 97110-97140.</translation>
    </message>
    <message>
        <source>The range %1 runs backwards; write the lower code first, such as 97110-97140.</source>
        <translation>El rango %1 está al revés; escriba primero el código menor, por ejemplo 97110-97140.</translation>
    </message>
    <message>
        <source>“%1” is not a code (3 to 7 letters or digits), a prefix such as 992* or a range such as 97110-97140.</source>
        <translation>“%1” no es un código (de 3 a 7 letras o dígitos), un prefijo como 992* ni un rango como 97110-97140.</translation>
    </message>
    <message>
        <source>“%1” is not a modifier: a modifier has two letters or digits, such as 25 or LT.</source>
        <translation>“%1” no es un modificador: un modificador tiene dos letras o dígitos, por ejemplo 25 o LT.</translation>
    </message>
    <message>
        <source>Modifier %1 cannot be both required and excluded: the rule would never apply.</source>
        <translation>El modificador %1 no puede ser a la vez obligatorio y excluido: la regla nunca se aplicaría.</translation>
    </message>
    <message>
        <source>A place of service has two digits, such as 11 (office) or 22 (outpatient hospital).</source>
        <translation>Un lugar de servicio tiene dos dígitos, por ejemplo 11 (consultorio) o 22 (hospital, paciente ambulatorio).</translation>
    </message>
    <message>
        <source>The youngest age is a whole number of years from 0 to 130.</source>
        <translation>La edad mínima es un número entero de años del 0 al 130.</translation>
    </message>
    <message>
        <source>The oldest age is a whole number of years from 0 to 130.</source>
        <translation>La edad máxima es un número entero de años del 0 al 130.</translation>
    </message>
    <message>
        <source>The ages run backwards (from %1 to %2): the youngest age comes first.</source>
        <translation>Las edades están al revés (de %1 a %2): la edad mínima va primero.</translation>
    </message>
    <message>
        <source>Sex is M, F, or empty for either.</source>
        <translation>El sexo es M, F, o vacío para cualquiera de los dos.</translation>
    </message>
    <message>
        <source>A prior-authorization rule names the codes that need the authorization.</source>
        <translation>Una regla de autorización previa indica los códigos que necesitan la autorización.</translation>
    </message>
    <message>
        <source>Write the message the biller will read, such as “Summit requires a prior authorization for knee MRI.”</source>
        <translation>Escriba el mensaje que leerá el facturador, por ejemplo “Summit exige autorización previa para la resonancia magnética de rodilla.”</translation>
    </message>
    <message>
        <source>any code starting with %1</source>
        <translation>cualquier código que empiece por %1</translation>
    </message>
    <message>
        <source>any code from %1 to %2</source>
        <translation>cualquier código del %1 al %2</translation>
    </message>
    <message>
        <source>For every payer</source>
        <translation>Para todos los pagadores</translation>
    </message>
    <message>
        <source>For the chosen payer</source>
        <translation>Para el pagador elegido</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>every service</source>
        <translation>cada servicio</translation>
    </message>
    <message>
        <source>the line carries modifier %1</source>
        <translation>la línea lleva el modificador %1</translation>
    </message>
    <message>
        <source>the line does not carry modifier %1</source>
        <translation>la línea no lleva el modificador %1</translation>
    </message>
    <message>
        <source>the line carries none of the modifiers %1</source>
        <translation>la línea no lleva ninguno de los modificadores %1</translation>
    </message>
    <message>
        <source>the place of service is %1</source>
        <translation>el lugar de servicio es %1</translation>
    </message>
    <message>
        <source>the patient is %1 years old</source>
        <translation>el paciente tiene %1 años</translation>
    </message>
    <message>
        <source>the patient is %1 to %2 years old</source>
        <translation>el paciente tiene de %1 a %2 años</translation>
    </message>
    <message>
        <source>the patient is %1 or older</source>
        <translation>el paciente tiene %1 años o más</translation>
    </message>
    <message>
        <source>the patient is %1 or younger</source>
        <translation>el paciente tiene %1 años o menos</translation>
    </message>
    <message>
        <source>the patient is female</source>
        <translation>el paciente es de sexo femenino</translation>
    </message>
    <message>
        <source>the patient is male</source>
        <translation>el paciente es de sexo masculino</translation>
    </message>
    <message>
        <source>%1, %2 needs a prior authorization active on the date of service.</source>
        <translation>%1, %2 necesita una autorización previa vigente en la fecha de servicio.</translation>
    </message>
    <message>
        <source>%1, %2 needs a prior authorization active on the date of service when %3.</source>
        <translation>%1, %2 necesita una autorización previa vigente en la fecha de servicio cuando %3.</translation>
    </message>
    <message>
        <source>%1, %2 raises an error.</source>
        <translation>%1, %2 genera un error.</translation>
    </message>
    <message>
        <source>%1, %2 raises a warning.</source>
        <translation>%1, %2 genera una advertencia.</translation>
    </message>
    <message>
        <source>%1, %2 raises an error when %3.</source>
        <translation>%1, %2 genera un error cuando %3.</translation>
    </message>
    <message>
        <source>%1, %2 raises a warning when %3.</source>
        <translation>%1, %2 genera una advertencia cuando %3.</translation>
    </message>
    <message>
        <source>%1, %2 raises an error: “%3”</source>
        <translation>%1, %2 genera un error: “%3”</translation>
    </message>
    <message>
        <source>%1, %2 raises a warning: “%3”</source>
        <translation>%1, %2 genera una advertencia: “%3”</translation>
    </message>
    <message>
        <source>%1, %2 raises an error when %3: “%4”</source>
        <translation>%1, %2 genera un error cuando %3: “%4”</translation>
    </message>
    <message>
        <source>%1, %2 raises a warning when %3: “%4”</source>
        <translation>%1, %2 genera una advertencia cuando %3: “%4”</translation>
    </message>
    <message>
        <source>Inactive, so not checked: %1</source>
        <translation>Inactiva, así que no se verifica: %1</translation>
    </message>
    <message>
        <source>The payer of this rule no longer exists; choose another payer.</source>
        <translation>El pagador de esta regla ya no existe; elija otro pagador.</translation>
    </message>
    <message>
        <source>Another rule is already named “%1”; give this one a name of its own (files of rules match rules by name).</source>
        <translation>Ya hay otra regla llamada “%1”; dé a esta un nombre propio (los archivos de reglas identifican las reglas por su nombre).</translation>
    </message>
    <message>
        <source>The payer rule “%1” could not be read back.</source>
        <translation>No se pudo volver a leer la regla del pagador “%1”.</translation>
    </message>
    <message>
        <source>This payer rule no longer exists: another seat deleted it.</source>
        <translation>Esta regla del pagador ya no existe: se eliminó en otro puesto de trabajo.</translation>
    </message>
    <message>
        <source>The payer rules could not be written to %1: the folder cannot be written to. Choose another folder.</source>
        <translation>No se pudieron escribir las reglas del pagador en %1: no se puede escribir en la carpeta. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The payer rules could not be written to %1 (is the disk full?). Any file of that name was left as it was.</source>
        <translation>No se pudieron escribir las reglas del pagador en %1 (¿está lleno el disco?). Cualquier archivo con ese nombre se dejó como estaba.</translation>
    </message>
    <message>
        <source>%1 could not be opened, so nothing was imported. Check that the file exists and that you may read it.</source>
        <translation>No se pudo abrir %1, así que no se importó nada. Verifique que el archivo exista y que usted tenga permiso para leerlo.</translation>
    </message>
    <message>
        <source>%1 is too large to be a file of payer rules, so nothing was imported. Choose a file exported by CleanClaim.</source>
        <translation>%1 es demasiado grande para ser un archivo de reglas del pagador, así que no se importó nada. Elija un archivo exportado por CleanClaim.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at line %3, column %4), so nothing was imported. Choose a file exported by CleanClaim, or correct this one.</source>
        <translation>%1 no es JSON válido (%2 en la línea %3, columna %4), así que no se importó nada. Elija un archivo exportado por CleanClaim, o corrija este.</translation>
    </message>
    <message>
        <source>%1 is not a file of CleanClaim payer rules (its &quot;format&quot; is not &quot;%2&quot;), so nothing was imported.</source>
        <translation>%1 no es un archivo de reglas del pagador de CleanClaim (su &quot;format&quot; no es &quot;%2&quot;), así que no se importó nada.</translation>
    </message>
    <message>
        <source>%1 was written by a newer CleanClaim (file version %2; this one reads version %3), so nothing was imported. Update CleanClaim first.</source>
        <translation>%1 lo escribió una versión más reciente de CleanClaim (versión de archivo %2; esta lee la versión %3), así que no se importó nada. Actualice CleanClaim primero.</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; must be %2, so nothing was imported.</source>
        <translation>%1: &quot;version&quot; debe ser %2, así que no se importó nada.</translation>
    </message>
    <message>
        <source>%1: &quot;rules&quot; must be a list of rules, so nothing was imported.</source>
        <translation>%1: &quot;rules&quot; debe ser una lista de reglas, así que no se importó nada.</translation>
    </message>
    <message>
        <source>%1 holds no rules, so nothing was imported.</source>
        <translation>%1 no contiene reglas, así que no se importó nada.</translation>
    </message>
    <message>
        <source>A rule is written between braces: {&quot;name&quot;: …}.</source>
        <translation>Una regla se escribe entre llaves: {&quot;name&quot;: …}.</translation>
    </message>
    <message>
        <source>rules[%1] has the same name; each rule of a file needs a name of its own.</source>
        <translation>rules[%1] tiene el mismo nombre; cada regla de un archivo necesita un nombre propio.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported, and nothing was changed: it has %n problem(s). Correct the file and import it again.</source>
        <translation>
            <numerusform>%1 no se importó y no se cambió nada: tiene %n problema. Corrija el archivo e impórtelo de nuevo.</numerusform>
            <numerusform>%1 no se importó y no se cambió nada: tiene %n problemas. Corrija el archivo e impórtelo de nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::PayerRulesWidget</name>
    <message>
        <source>Payer rules</source>
        <translation>Reglas del pagador</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>without %1</source>
        <translation>sin %1</translation>
    </message>
    <message>
        <source>POS %1</source>
        <translation>POS %1</translation>
    </message>
    <message>
        <source>age %1–%2</source>
        <translation>edad %1–%2</translation>
    </message>
    <message>
        <source>age %1+</source>
        <translation>edad %1+</translation>
    </message>
    <message>
        <source>age ≤ %1</source>
        <translation>edad ≤ %1</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femenino</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>Prior auth (error)</source>
        <translation>Autorización previa (error)</translation>
    </message>
    <message>
        <source>Prior auth (warning)</source>
        <translation>Autorización previa (advertencia)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>The rule&apos;s name; a file of rules replaces the rule of the same name</source>
        <translation>El nombre de la regla; un archivo de reglas reemplaza la regla que tenga el mismo nombre</translation>
    </message>
    <message>
        <source>The payer whose claims the rule checks; “Any payer” checks every claim</source>
        <translation>El pagador cuyas reclamaciones revisa la regla; “Cualquier pagador” revisa todas las reclamaciones</translation>
    </message>
    <message>
        <source>The service codes the rule is about: codes, prefixes (992*) and ranges (97110-97140); empty for every code</source>
        <translation>Los códigos de servicio a los que se refiere la regla: códigos, prefijos (992*) y rangos (97110-97140); vacío para todos los códigos</translation>
    </message>
    <message>
        <source>The other conditions: modifiers the line carries or not, place of service, the patient&apos;s age and sex</source>
        <translation>Las demás condiciones: modificadores que lleva o no la línea, lugar de servicio, edad y sexo del paciente</translation>
    </message>
    <message>
        <source>What the scrubber does when the rule applies: a finding of this severity, or a check that a prior authorization is on file</source>
        <translation>Lo que hace el revisor de reclamaciones cuando se aplica la regla: un hallazgo de esta gravedad, o una verificación de que hay una autorización previa registrada</translation>
    </message>
    <message>
        <source>Inactive rules are kept but not checked</source>
        <translation>Las reglas inactivas se conservan, pero no se verifican</translation>
    </message>
    <message>
        <source>Filter the payer rules</source>
        <translation>Filtrar las reglas del pagador</translation>
    </message>
    <message>
        <source>Filter by name, payer, code… (Ctrl+F)</source>
        <translation>Filtrar por nombre, pagador, código… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Write every rule to a file, to keep or to load into another practice (Alt+E)</source>
        <translation>Escribir todas las reglas en un archivo, para guardarlas o cargarlas en otro consultorio (Alt+E)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Load the rules of a file: a rule of the same name is replaced, the others are added; a file with a problem changes nothing (Alt+I)</source>
        <translation>Cargar las reglas de un archivo: una regla con el mismo nombre se reemplaza y las demás se agregan; un archivo con algún problema no cambia nada (Alt+I)</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nombre de la regla</translation>
    </message>
    <message>
        <source>Summit: knee MRI needs an authorization</source>
        <translation>Summit: la resonancia magnética de rodilla necesita autorización</translation>
    </message>
    <message>
        <source>A name of its own: files of rules match rules by name</source>
        <translation>Un nombre propio: los archivos de reglas identifican las reglas por su nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>The payer whose claims the rule checks</source>
        <translation>El pagador cuyas reclamaciones revisa la regla</translation>
    </message>
    <message>
        <source>P&amp;ayer:</source>
        <translation>&amp;Pagador:</translation>
    </message>
    <message>
        <source>73721  992*  97110-97140 (empty: every code)</source>
        <translation>73721  992*  97110-97140 (vacío: todos los códigos)</translation>
    </message>
    <message>
        <source>Codes separated by spaces: a code (73721), a prefix ending in * (992*) or a range of codes of the same length (97110-97140). Empty matches every code.</source>
        <translation>Códigos separados por espacios: un código (73721), un prefijo que termina en * (992*) o un rango de códigos de la misma longitud (97110-97140). Vacío coincide con todos los códigos.</translation>
    </message>
    <message>
        <source>&amp;Codes:</source>
        <translation>&amp;Códigos:</translation>
    </message>
    <message>
        <source>Modifiers present</source>
        <translation>Modificadores presentes</translation>
    </message>
    <message>
        <source>25 59 (empty: no condition)</source>
        <translation>25 59 (vacío: sin condición)</translation>
    </message>
    <message>
        <source>The rule applies only when the line carries at least one of these modifiers</source>
        <translation>La regla se aplica solo cuando la línea lleva al menos uno de estos modificadores</translation>
    </message>
    <message>
        <source>Modifiers &amp;present:</source>
        <translation>Modificadores pre&amp;sentes:</translation>
    </message>
    <message>
        <source>Modifiers absent</source>
        <translation>Modificadores ausentes</translation>
    </message>
    <message>
        <source>25 (empty: no condition)</source>
        <translation>25 (vacío: sin condición)</translation>
    </message>
    <message>
        <source>The rule applies only when the line carries none of these modifiers</source>
        <translation>La regla se aplica solo cuando la línea no lleva ninguno de estos modificadores</translation>
    </message>
    <message>
        <source>Modifiers a&amp;bsent:</source>
        <translation>Modificadores a&amp;usentes:</translation>
    </message>
    <message>
        <source>Place of service</source>
        <translation>Lugar de servicio</translation>
    </message>
    <message>
        <source>11 (empty: any)</source>
        <translation>11 (vacío: cualquiera)</translation>
    </message>
    <message>
        <source>Two digits, such as 11 (office) or 22 (outpatient hospital); empty for any place</source>
        <translation>Dos dígitos, por ejemplo 11 (consultorio) o 22 (hospital, paciente ambulatorio); vacío para cualquier lugar</translation>
    </message>
    <message>
        <source>P&amp;lace of service:</source>
        <translation>&amp;Lugar de servicio:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>Edad desde</translation>
    </message>
    <message>
        <source>The youngest age the rule applies to, on the date of service; “Any” for no lower bound</source>
        <translation>La edad mínima a la que se aplica la regla, en la fecha de servicio; “Cualquiera” para no fijar un límite inferior</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation>Edad hasta</translation>
    </message>
    <message>
        <source>The oldest age the rule applies to; “Any” for no upper bound</source>
        <translation>La edad máxima a la que se aplica la regla; “Cualquiera” para no fijar un límite superior</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>A&amp;ge from:</source>
        <translation>Edad &amp;desde:</translation>
    </message>
    <message>
        <source>Patient&apos;s sex</source>
        <translation>Sexo del paciente</translation>
    </message>
    <message>
        <source>Either</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;xo:</translation>
    </message>
    <message>
        <source>Raise a finding with the message below, or check that a prior authorization for the code is on file for the date of service</source>
        <translation>Generar un hallazgo con el mensaje de abajo, o verificar que haya una autorización previa registrada para el código en la fecha de servicio</translation>
    </message>
    <message>
        <source>Raise a finding</source>
        <translation>Generar un hallazgo</translation>
    </message>
    <message>
        <source>Require a prior authorization</source>
        <translation>Exigir autorización previa</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>An error holds the claim until it is fixed or a biller overrides it with a reason; a warning only informs</source>
        <translation>Un error retiene la reclamación hasta que se corrige o un facturador lo anula con un motivo; una advertencia solo informa</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>Gra&amp;vedad:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>What the biller reads: what is wrong and why</source>
        <translation>Lo que lee el facturador: qué está mal y por qué</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>Mensa&amp;je:</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>What to do about it (optional)</source>
        <translation>Qué hacer al respecto (opcional)</translation>
    </message>
    <message>
        <source>&amp;Fix:</source>
        <translation>C&amp;orrección:</translation>
    </message>
    <message>
        <source>Acti&amp;ve: check claims against this rule</source>
        <translation>Ac&amp;tiva: revisar las reclamaciones con esta regla</translation>
    </message>
    <message>
        <source>Clear to keep the rule without applying it</source>
        <translation>Desmarque esta casilla para conservar la regla sin aplicarla</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>En palabras sencillas</translation>
    </message>
    <message>
        <source>The rule in plain words</source>
        <translation>La regla en palabras sencillas</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>Clear the form to write a new rule (Ctrl+N)</source>
        <translation>Vaciar el formulario para escribir una regla nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Eli&amp;minar…</translation>
    </message>
    <message>
        <source>Delete this rule, after asking (Del in the list)</source>
        <translation>Eliminar esta regla, previa confirmación (Delete en la lista)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Drop the changes in the form and show the rule as saved now</source>
        <translation>Descartar los cambios del formulario y mostrar la regla tal como está guardada ahora</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Check and save the rule (Ctrl+S)</source>
        <translation>Verificar y guardar la regla (Ctrl+S)</translation>
    </message>
    <message>
        <source>You may read the payer rules; the office manager or the administrator changes them.</source>
        <translation>Usted puede leer las reglas del pagador; las cambia el gerente de oficina o el administrador.</translation>
    </message>
    <message>
        <source>Any payer</source>
        <translation>Cualquier pagador</translation>
    </message>
    <message>
        <source>Every code</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>The rule “%1” was deleted at another seat.</source>
        <translation>La regla “%1” se eliminó en otro puesto de trabajo.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n regla</numerusform>
            <numerusform>%n reglas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rule(s)</source>
        <translation>
            <numerusform>%1 de %n regla</numerusform>
            <numerusform>%1 de %n reglas</numerusform>
        </translation>
    </message>
    <message>
        <source>No payer rules yet, so claims are checked only by the standard edits. Write a rule with the form (Ctrl+N), or load a file of rules (Import…).</source>
        <translation>Todavía no hay reglas del pagador, así que las reclamaciones solo se revisan con las verificaciones estándar. Escriba una regla con el formulario (Ctrl+N), o cargue un archivo de reglas (Importar…).</translation>
    </message>
    <message>
        <source>No payer rules yet, so claims are checked only by the standard edits.</source>
        <translation>Todavía no hay reglas del pagador, así que las reclamaciones solo se revisan con las verificaciones estándar.</translation>
    </message>
    <message numerus="yes">
        <source>No rule matches “%1”. Clear the filter to see all %n rule(s).</source>
        <translation>
            <numerusform>Ninguna regla coincide con “%1”. Borre el filtro para ver la regla (%n en total).</numerusform>
            <numerusform>Ninguna regla coincide con “%1”. Borre el filtro para ver las %n reglas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactiva)</translation>
    </message>
    <message>
        <source>New rule (not saved yet)</source>
        <translation>Regla nueva (todavía sin guardar)</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Regla nueva</translation>
    </message>
    <message>
        <source>Rule “%1”, with unsaved changes</source>
        <translation>Regla “%1”, con cambios sin guardar</translation>
    </message>
    <message>
        <source>Rule “%1”</source>
        <translation>Regla “%1”</translation>
    </message>
    <message>
        <source>The new rule is not saved.</source>
        <translation>La regla nueva no está guardada.</translation>
    </message>
    <message>
        <source>The rule “%1” has changes that are not saved.</source>
        <translation>La regla “%1” tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Save them, discard them, or go back to the form.</source>
        <translation>Guárdelos, descártelos o vuelva al formulario.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Volver al formulario</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s), shown beside the fields. Nothing was written.</source>
        <translation>
            <numerusform>No se guardó: hay %n problema, indicado junto a los campos. No se escribió nada.</numerusform>
            <numerusform>No se guardó: hay %n problemas, indicados junto a los campos. No se escribió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your text stays in the form until you press Revert.</source>
        <translation>Su texto se queda en el formulario hasta que pulse Revertir.</translation>
    </message>
    <message>
        <source>The form now holds it as a new rule.</source>
        <translation>Ahora el formulario la contiene como una regla nueva.</translation>
    </message>
    <message>
        <source>✔ Saved “%1”. Claims scrubbed from now on are checked against it.</source>
        <translation>✔ Se guardó “%1”. Las reclamaciones que se revisen a partir de ahora se verificarán con esta regla.</translation>
    </message>
    <message>
        <source>✔ Saved “%1”. It is inactive, so claims are not checked against it.</source>
        <translation>✔ Se guardó “%1”. Está inactiva, así que las reclamaciones no se verifican con esta regla.</translation>
    </message>
    <message>
        <source>This is the rule as saved at another seat. Redo your change if it is still needed.</source>
        <translation>Esta es la regla tal como se guardó en otro puesto de trabajo. Rehaga su cambio si todavía es necesario.</translation>
    </message>
    <message>
        <source>This rule is not saved, so there is nothing to delete. Choose a rule in the list first.</source>
        <translation>Esta regla no está guardada, así que no hay nada que eliminar. Primero elija una regla de la lista.</translation>
    </message>
    <message>
        <source>Delete the payer rule “%1”?</source>
        <translation>¿Eliminar la regla del pagador “%1”?</translation>
    </message>
    <message>
        <source>Claims scrubbed from now on are no longer checked against it. To stop applying it but keep it, clear Active and save instead.</source>
        <translation>Las reclamaciones que se revisen a partir de ahora ya no se verificarán con esta regla. Para dejar de aplicarla pero conservarla, desmarque Activa y guarde.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Deleted the payer rule “%1”.</source>
        <translation>Se eliminó la regla del pagador “%1”.</translation>
    </message>
    <message>
        <source>Export payer rules</source>
        <translation>Exportar reglas del pagador</translation>
    </message>
    <message>
        <source>Payer rules (*.json)</source>
        <translation>Reglas del pagador (*.json)</translation>
    </message>
    <message>
        <source>Import payer rules</source>
        <translation>Importar reglas del pagador</translation>
    </message>
    <message>
        <source>Payer rules (*.json);;All files (*)</source>
        <translation>Reglas del pagador (*.json);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n regla a %1.</numerusform>
            <numerusform>Se exportaron %n reglas a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) will be added.</source>
        <translation>
            <numerusform>Se agregará %n regla.</numerusform>
            <numerusform>Se agregarán %n reglas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) will replace the rule of the same name.</source>
        <translation>
            <numerusform>%n regla reemplazará a la regla del mismo nombre.</numerusform>
            <numerusform>%n reglas reemplazarán a las reglas del mismo nombre.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules are imported all together, or not at all.</source>
        <translation>Las reglas se importan todas juntas, o ninguna.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n payer rule(s) from %1?</source>
        <translation>
            <numerusform>¿Importar %n regla del pagador desde %1?</numerusform>
            <numerusform>¿Importar %n reglas del pagador desde %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 replaced.</source>
        <translation>Se importó %1: %2 agregadas, %3 reemplazadas.</translation>
    </message>
</context>
<context>
    <name>cc::PaymentsWidget</name>
    <message>
        <source>&amp;Open 835…</source>
        <translation>&amp;Abrir 835…</translation>
    </message>
    <message>
        <source>Read an ERA (835) file and see what it will post (Ctrl+I)</source>
        <translation>Leer un archivo ERA (835) y ver lo que registrará (Ctrl+I)</translation>
    </message>
    <message>
        <source>Pos&amp;t</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Post the whole file to the ledger; nothing is posted if any part is refused (Ctrl+Return)</source>
        <translation>Registrar todo el archivo en el libro mayor; no se registra nada si se rechaza alguna parte (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Why the file cannot be posted</source>
        <translation>Por qué no se puede registrar el archivo</translation>
    </message>
    <message>
        <source>What the ERA will post</source>
        <translation>Lo que registrará la ERA</translation>
    </message>
    <message>
        <source>Open an ERA (835) file with Open 835 (Ctrl+I): what it will post shows here before anything is posted.</source>
        <translation>Abra un archivo ERA (835) con Abrir 835 (Ctrl+I): lo que registrará se muestra aquí antes de registrar nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Payments posted&lt;/b&gt; — newest first</source>
        <translation>&lt;b&gt;Pagos registrados&lt;/b&gt; — los más recientes primero</translation>
    </message>
    <message>
        <source>Filter the payments posted</source>
        <translation>Filtrar los pagos registrados</translation>
    </message>
    <message>
        <source>Payer, trace or check number (Ctrl+F)</source>
        <translation>Pagador, número de rastreo o de cheque (Ctrl+F)</translation>
    </message>
    <message>
        <source>Payments posted</source>
        <translation>Pagos registrados</translation>
    </message>
    <message>
        <source>No payment has been posted yet. Open an ERA (Ctrl+I) or type a paper EOB.</source>
        <translation>Todavía no se ha registrado ningún pago. Abra una ERA (Ctrl+I) o ingrese una EOB en papel.</translation>
    </message>
    <message>
        <source>What the selected payment posted</source>
        <translation>Lo que registró el pago seleccionado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unmatched ERA&lt;/b&gt; — claims a payer paid or denied that match no claim number of ours. Choose the claim it meant and Match (Ctrl+M), or say it is not ours (Ctrl+D).</source>
        <translation>&lt;b&gt;ERA sin asociar&lt;/b&gt; — reclamaciones que un pagador pagó o denegó y que no coinciden con ninguno de nuestros números de reclamación. Elija la reclamación correspondiente y use Asociar (Ctrl+M), o indique que no es nuestra (Ctrl+D).</translation>
    </message>
    <message>
        <source>Filter the unmatched ERA claims</source>
        <translation>Filtrar las reclamaciones de ERA sin asociar</translation>
    </message>
    <message>
        <source>Payer, claim number, patient (Ctrl+F)</source>
        <translation>Pagador, número de reclamación, paciente (Ctrl+F)</translation>
    </message>
    <message>
        <source>Unmatched ERA claims</source>
        <translation>Reclamaciones de ERA sin asociar</translation>
    </message>
    <message>
        <source>Every ERA claim matched a claim of ours: nothing to do here.</source>
        <translation>Todas las reclamaciones de ERA se asociaron con una reclamación nuestra: no hay nada que hacer aquí.</translation>
    </message>
    <message>
        <source>Claims of ours it may be</source>
        <translation>Reclamaciones nuestras que podrían corresponder</translation>
    </message>
    <message>
        <source>Claim number to match to</source>
        <translation>Número de reclamación con la que asociar</translation>
    </message>
    <message>
        <source>Or type our claim number if it is not listed</source>
        <translation>O escriba nuestro número de reclamación si no aparece en la lista</translation>
    </message>
    <message>
        <source>&amp;Match…</source>
        <translation>As&amp;ociar…</translation>
    </message>
    <message>
        <source>Post the payer&apos;s claim to the chosen claim of ours (Ctrl+M)</source>
        <translation>Registrar la reclamación del pagador en la reclamación nuestra elegida (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Not ours…</source>
        <translation>&amp;No es nuestra…</translation>
    </message>
    <message>
        <source>Take it off the list with a reason; nothing is posted (Ctrl+D)</source>
        <translation>Quitarla de la lista indicando un motivo; no se registra nada (Ctrl+D)</translation>
    </message>
    <message>
        <source>Open an ERA (835)</source>
        <translation>Abrir una ERA (835)</translation>
    </message>
    <message>
        <source>ERA files (*.835 *.x12 *.edi *.era *.txt)</source>
        <translation>Archivos ERA (*.835 *.x12 *.edi *.era *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open ERA</source>
        <translation>Abrir ERA</translation>
    </message>
    <message>
        <source>%1 could not be opened: nothing was read.</source>
        <translation>No se pudo abrir %1: no se leyó nada.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be posted: %n problem(s) listed below. Nothing was posted; ask the payer or clearinghouse for a corrected file.</source>
        <translation>
            <numerusform>No se puede registrar %1: hay %n problema, indicado abajo. No se registró nada; solicite un archivo corregido al pagador o a la cámara de compensación.</numerusform>
            <numerusform>No se puede registrar %1: hay %n problemas, indicados abajo. No se registró nada; solicite un archivo corregido al pagador o a la cámara de compensación.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no payment: there is nothing to post.</source>
        <translation>%1 no contiene ningún pago: no hay nada que registrar.</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Se leyó %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no payment could be read.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: no se pudo leer ningún pago.</translation>
    </message>
    <message>
        <source>The file is refused whole while any problem is listed</source>
        <translation>El archivo se rechaza completo mientras haya algún problema en la lista</translation>
    </message>
    <message>
        <source>Post ERA</source>
        <translation>Registrar ERA</translation>
    </message>
    <message>
        <source>Posted %1: %2</source>
        <extracomment>&quot;Posted era.835: Posted 12 claims, $1,234.00 paid; 2 denials; 1 claim not matched.&quot;</extracomment>
        <translation>Se registró %1: %2</translation>
    </message>
    <message>
        <source>Match the claims left under Unmatched ERA.</source>
        <translation>Asocie las reclamaciones que quedaron en ERA sin asociar.</translation>
    </message>
    <message>
        <source>Select a payment to see what it posted.</source>
        <translation>Seleccione un pago para ver lo que registró.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 %3 · %4 · %5&lt;br&gt;Posted by %6 on %7%8</source>
        <extracomment>payment header: payer, method and trace, payment date, amount; who posted, when, from which file</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 %3 · %4 · %5&lt;br&gt;Registrado por %6 el %7%8</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> desde el archivo %1</translation>
    </message>
    <message>
        <source>Unmatched ERA</source>
        <translation>ERA sin asociar</translation>
    </message>
    <message>
        <source>&lt;b&gt;No claim of ours looks like %1&lt;/b&gt; (%2, %3). Type our claim number below if you know it.</source>
        <translation>&lt;b&gt;Ninguna de nuestras reclamaciones se parece a %1&lt;/b&gt; (%2, %3). Escriba abajo nuestro número de reclamación si lo conoce.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Claims of ours that may be %1&lt;/b&gt; (%2, %3), likeliest first:</source>
        <translation>&lt;b&gt;Reclamaciones nuestras que podrían ser %1&lt;/b&gt; (%2, %3), las más probables primero:</translation>
    </message>
    <message>
        <source>Match ERA claim</source>
        <translation>Asociar reclamación de ERA</translation>
    </message>
    <message>
        <source>A note for the claim&apos;s history (optional):</source>
        <translation>Una nota para el historial de la reclamación (opcional):</translation>
    </message>
    <message>
        <source>No claim of ours has the number %1.</source>
        <translation>Ninguna de nuestras reclamaciones tiene el número %1.</translation>
    </message>
    <message>
        <source>Choose one of the claims listed, or type our claim number.</source>
        <translation>Elija una de las reclamaciones de la lista o escriba nuestro número de reclamación.</translation>
    </message>
    <message>
        <source>Another biller matched or dismissed %1 first: nothing was posted, and the list was read again.</source>
        <translation>Otro facturador asoció o descartó %1 primero: no se registró nada y se volvió a cargar la lista.</translation>
    </message>
    <message>
        <source>Matched %1 to claim %2: %3</source>
        <extracomment>&quot;Matched E123 to claim PCN0001: Posted 1 claim, $80.00 paid.&quot;</extracomment>
        <translation>Se asoció %1 a la reclamación %2: %3</translation>
    </message>
    <message>
        <source>Not our claim</source>
        <translation>No es nuestra reclamación</translation>
    </message>
    <message>
        <source>Why is %1 not ours? (required)</source>
        <translation>¿Por qué %1 no es nuestra? (obligatorio)</translation>
    </message>
    <message>
        <source>Say why %1 is not ours: the reason is kept with it.</source>
        <translation>Indique por qué %1 no es nuestra: el motivo se guarda con ella.</translation>
    </message>
    <message>
        <source>Another biller matched or dismissed %1 first: nothing was changed, and the list was read again.</source>
        <translation>Otro facturador asoció o descartó %1 primero: no se cambió nada y se volvió a cargar la lista.</translation>
    </message>
    <message>
        <source>%1 was marked not ours: %2</source>
        <translation>%1 se marcó como no nuestra: %2</translation>
    </message>
    <message>
        <source>&amp;ERA</source>
        <translation>&amp;ERA</translation>
    </message>
    <message>
        <source>Open an 835, check what it will post, post it; the payments posted</source>
        <translation>Abrir un 835, revisar lo que registrará y registrarlo; los pagos registrados</translation>
    </message>
    <message>
        <source>&amp;Unmatched ERA (%1)</source>
        <translation>ERA sin asoc&amp;iar (%1)</translation>
    </message>
    <message>
        <source>ERA claims that matched no claim of ours, to match by hand</source>
        <translation>Reclamaciones de ERA que no coincidieron con ninguna nuestra, para asociarlas a mano</translation>
    </message>
    <message>
        <source>&amp;Paper EOB</source>
        <translation>EOB en &amp;papel</translation>
    </message>
    <message>
        <source>Post a check from a payer without ERA</source>
        <translation>Registrar un cheque de un pagador que no envía ERA</translation>
    </message>
</context>
<context>
    <name>cc::PostingService</name>
    <message>
        <source>REF*6R</source>
        <translation>REF*6R</translation>
    </message>
    <message>
        <source>code, modifiers and date</source>
        <translation>código, modificadores y fecha</translation>
    </message>
    <message>
        <source>code and date</source>
        <translation>código y fecha</translation>
    </message>
    <message>
        <source>Reversed by %1 (%2)</source>
        <translation>Revertido por %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 reversed its earlier answer (%2, %3): %n ledger row(s) reversed; the claim is open with the payer again.</source>
        <translation>
            <numerusform>%1 revirtió su respuesta anterior (%2, %3): se revirtió %n fila del libro mayor; la reclamación vuelve a estar abierta con el pagador.</numerusform>
            <numerusform>%1 revirtió su respuesta anterior (%2, %3): se revirtieron %n filas del libro mayor; la reclamación vuelve a estar abierta con el pagador.</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim-level payment</source>
        <translation>Pago a nivel de reclamación</translation>
    </message>
    <message>
        <source>%1 denied the claim (%2): %3 to work on the denial list.</source>
        <translation>%1 denegó la reclamación (%2): %3 por trabajar en la lista de denegaciones.</translation>
    </message>
    <message>
        <source>%1 paid %2 and denied %3 (%4); the denied amount is on the denial list.</source>
        <translation>%1 pagó %2 y denegó %3 (%4); el monto denegado está en la lista de denegaciones.</translation>
    </message>
    <message>
        <source>%1 paid %2 (%3); patient responsibility %4.</source>
        <translation>%1 pagó %2 (%3); responsabilidad del paciente: %4.</translation>
    </message>
    <message>
        <source>Crossed over to %1: no secondary claim will be sent.</source>
        <translation>Traspasada automáticamente a %1: no se enviará ninguna reclamación secundaria.</translation>
    </message>
    <message>
        <source>the next payer</source>
        <translation>el siguiente pagador</translation>
    </message>
    <message>
        <source>Secondary claim to %1 for what %2 left on claim %3</source>
        <translation>Reclamación secundaria a %1 por lo que %2 dejó pendiente en la reclamación %3</translation>
    </message>
    <message>
        <source>Secondary claim %1 to %2 queued as a draft</source>
        <translation>Reclamación secundaria %1 a %2 en cola como borrador</translation>
    </message>
    <message numerus="yes">
        <source>Posted %n claim(s), %1 paid.</source>
        <translation>
            <numerusform>Se registró %n reclamación, pagado: %1.</numerusform>
            <numerusform>Se registraron %n reclamaciones, pagado: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) denied in whole or in part.</source>
        <translation>
            <numerusform>%n reclamación denegada total o parcialmente.</numerusform>
            <numerusform>%n reclamaciones denegadas total o parcialmente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reversal(s).</source>
        <translation>
            <numerusform>%n reversión.</numerusform>
            <numerusform>%n reversiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secondary claim(s) queued.</source>
        <translation>
            <numerusform>%n reclamación secundaria en cola.</numerusform>
            <numerusform>%n reclamaciones secundarias en cola.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) not matched: see the Unmatched ERA list.</source>
        <translation>
            <numerusform>%n reclamación sin asociar: consulte la lista ERA sin asociar.</numerusform>
            <numerusform>%n reclamaciones sin asociar: consulte la lista ERA sin asociar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment %1 (%2): %3</source>
        <translation>Segmento %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 holds no 835 transaction (no ST*835 segment); nothing was posted.</source>
        <translation>%1 no contiene ninguna transacción 835 (no tiene segmento ST*835); no se registró nada.</translation>
    </message>
    <message>
        <source>The payment from %1 with trace number %2 for %3 was posted on %4; it is refused, not posted twice.</source>
        <translation>El pago de %1 con número de rastreo %2 por %3 se registró el %4; se rechaza para no registrarlo dos veces.</translation>
    </message>
    <message>
        <source>Segment %1 (ST): the payment from %2 with trace number %3 for %4 is in this file twice.</source>
        <translation>Segmento %1 (ST): el pago de %2 con número de rastreo %3 por %4 aparece dos veces en este archivo.</translation>
    </message>
    <message>
        <source>Line %1 (%2) matched without modifier %3.</source>
        <translation>La línea %1 (%2) se asoció sin el modificador %3.</translation>
    </message>
    <message>
        <source>Service %1 matched no line of the claim; it is posted on the claim.</source>
        <translation>El servicio %1 no coincidió con ninguna línea de la reclamación; se registra a nivel de reclamación.</translation>
    </message>
    <message>
        <source>No claim of ours has the number %1: it will wait in the Unmatched ERA list.</source>
        <translation>Ninguna de nuestras reclamaciones tiene el número %1: quedará en la lista ERA sin asociar.</translation>
    </message>
    <message>
        <source>Reversal of the earlier answer: what was posted for this claim is reversed and the claim is open again.</source>
        <translation>Reversión de la respuesta anterior: se revierte lo registrado para esta reclamación y la reclamación vuelve a estar abierta.</translation>
    </message>
    <message>
        <source>Denied: %1 goes to the denial list.</source>
        <translation>Denegada: %1 pasa a la lista de denegaciones.</translation>
    </message>
    <message>
        <source>A secondary claim will be made for %1.</source>
        <translation>Se creará una reclamación secundaria por %1.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…y %n problema más.</numerusform>
            <numerusform>…y %n problemas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was refused; nothing was posted.
%2</source>
        <translation>Se rechazó %1; no se registró nada.
%2</translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>rastreo %1</translation>
    </message>
    <message>
        <source>Remittance %1 is no longer on record.</source>
        <translation>La remesa %1 ya no está registrada.</translation>
    </message>
    <message>
        <source>Not matched to a claim of ours yet: see the Unmatched ERA list.</source>
        <translation>Aún no se ha asociado con ninguna reclamación nuestra: consulte la lista ERA sin asociar.</translation>
    </message>
    <message>
        <source>Dismissed as not ours: %1</source>
        <translation>Descartada por no ser nuestra: %1</translation>
    </message>
    <message>
        <source>Matched by hand: %1</source>
        <translation>Asociada a mano: %1</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>lo registrado</translation>
    </message>
    <message>
        <source>That ERA claim is no longer on record.</source>
        <translation>Esa reclamación de ERA ya no está registrada.</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>cargo</translation>
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
        <source>patient name</source>
        <translation>nombre del paciente</translation>
    </message>
    <message>
        <source>Same %1</source>
        <translation>Coincide en: %1</translation>
    </message>
    <message>
        <source>The ERA claim %1 cannot be read back from the database, so it cannot be posted.</source>
        <translation>No se puede volver a leer la reclamación de ERA %1 de la base de datos, así que no se puede registrar.</translation>
    </message>
    <message>
        <source>Claim %1 is no longer on record.</source>
        <translation>La reclamación %1 ya no está registrada.</translation>
    </message>
    <message>
        <source>Say why this ERA claim is not ours before dismissing it.</source>
        <translation>Indique por qué esta reclamación de ERA no es nuestra antes de descartarla.</translation>
    </message>
    <message>
        <source>Enter the check number from the EOB.</source>
        <translation>Ingrese el número de cheque que figura en la EOB.</translation>
    </message>
    <message>
        <source>Enter the check date from the EOB.</source>
        <translation>Ingrese la fecha del cheque que figura en la EOB.</translation>
    </message>
    <message>
        <source>The check amount cannot be negative.</source>
        <translation>El monto del cheque no puede ser negativo.</translation>
    </message>
    <message>
        <source>Add at least one claim from the EOB.</source>
        <translation>Agregue al menos una reclamación de la EOB.</translation>
    </message>
    <message>
        <source>Choose the payer that sent the EOB.</source>
        <translation>Elija el pagador que envió la EOB.</translation>
    </message>
    <message>
        <source>Claim %1 is on this EOB twice.</source>
        <translation>La reclamación %1 aparece dos veces en esta EOB.</translation>
    </message>
    <message>
        <source>Claim %1 has no line filled in.</source>
        <translation>La reclamación %1 no tiene ninguna línea completada.</translation>
    </message>
    <message>
        <source>Claim %1: &quot;%2&quot; is not a claim status (1 primary, 2 secondary, 3 tertiary, 4 denied, 19–21 crossed over, 22 reversal, 23 not our claim).</source>
        <translation>Reclamación %1: &quot;%2&quot; no es un estado de reclamación (1 primaria, 2 secundaria, 3 terciaria, 4 denegada, 19–21 traspasada automáticamente, 22 reversión, 23 no es nuestra reclamación).</translation>
    </message>
    <message>
        <source>Claim %1: a line of the EOB is not a line of this claim.</source>
        <translation>Reclamación %1: una línea de la EOB no es una línea de esta reclamación.</translation>
    </message>
    <message>
        <source>Claim %1, line %2 (%3)</source>
        <translation>Reclamación %1, línea %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is entered twice.</source>
        <translation>%1 se ingresó dos veces.</translation>
    </message>
    <message>
        <source>%1: the allowed and paid amounts cannot be negative.</source>
        <translation>%1: los montos permitido y pagado no pueden ser negativos.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an adjustment group; use CO, PR, OA or PI.</source>
        <translation>%1: &quot;%2&quot; no es un grupo de ajuste; use CO, PR, OA o PI.</translation>
    </message>
    <message>
        <source>%1: every adjustment needs its reason code (CARC).</source>
        <translation>%1: cada ajuste necesita su código de motivo (CARC).</translation>
    </message>
    <message>
        <source>%1: adjustment amounts cannot be negative.</source>
        <translation>%1: los montos de ajuste no pueden ser negativos.</translation>
    </message>
    <message>
        <source>%1 does not balance: the charge %2 less the adjustments %3 is %4, but %5 is entered as paid. Make the line balance before saving.</source>
        <translation>%1 no cuadra: el cargo %2 menos los ajustes %3 es %4, pero se ingresó %5 como pagado. Haga que la línea cuadre antes de guardar.</translation>
    </message>
    <message>
        <source>The claims on this EOB were paid %1 in all, but the check is for %2. Check every paid amount, or the check amount.</source>
        <translation>Las reclamaciones de esta EOB se pagaron %1 en total, pero el cheque es por %2. Revise cada monto pagado o el monto del cheque.</translation>
    </message>
    <message>
        <source>Check %1 from %2 for %3 was posted on %4; it is refused, not posted twice.</source>
        <translation>El cheque %1 de %2 por %3 se registró el %4; se rechaza para no registrarlo dos veces.</translation>
    </message>
    <message>
        <source>check %1</source>
        <translation>cheque %1</translation>
    </message>
</context>
<context>
    <name>cc::PracticeCopy</name>
    <message>
        <source>The practice&apos;s tables link to each other in a circle, so they cannot be copied one after another. Nothing was copied.</source>
        <translation>Las tablas del consultorio se enlazan entre sí en círculo, así que no se pueden copiar una tras otra. No se copió nada.</translation>
    </message>
    <message>
        <source>%1 already holds a practice; a practice is only copied to an empty one. Nothing was copied.</source>
        <translation>%1 ya contiene un consultorio; un consultorio solo se copia a uno vacío. No se copió nada.</translation>
    </message>
    <message>
        <source>A practice is copied from a practice file to a practice server, or from a server to a file.</source>
        <translation>Una consulta se copia de un archivo de consulta a un servidor de consultas, o de un servidor a un archivo.</translation>
    </message>
    <message>
        <source>The copy has no table %1: it is at another schema step than the practice. Nothing was copied.</source>
        <translation>La copia no tiene la tabla %1: está en otro paso del esquema que la consulta. No se copió nada.</translation>
    </message>
    <message>
        <source>The copy does not match the practice it was made from, so it was not kept. The practice is unchanged.</source>
        <translation>La copia no coincide con la consulta de la que se hizo, así que no se conservó. La consulta no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>cc::PracticeFile</name>
    <message>
        <source>%1 already exists; a backup never writes over a file. Choose another name.</source>
        <translation>%1 ya existe; una copia de seguridad nunca escribe sobre un archivo. Elija otro nombre.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1. Check that the folder exists, that you may write there and that the disk has room.</source>
        <translation>No se pudo escribir la copia de seguridad en %1. Compruebe que la carpeta existe, que puede escribir en ella y que el disco tiene espacio.</translation>
    </message>
    <message>
        <source>%1 is not a CleanClaim practice database that can be read, or it is damaged.</source>
        <translation>%1 no es una base de datos de consultorio de CleanClaim legible, o está dañada.</translation>
    </message>
    <message>
        <source>Another program still has the practice database %1 open. Close every CleanClaim window and command using it, then restore again.</source>
        <translation>Otro programa aún tiene abierta la base de datos del consultorio %1. Cierre todas las ventanas y comandos de CleanClaim que la usen y vuelva a restaurar.</translation>
    </message>
    <message>
        <source>The restored database could not be put in place of %1. The practice database was not changed.</source>
        <translation>No se pudo poner la base de datos restaurada en lugar de %1. La base de datos del consultorio no se cambió.</translation>
    </message>
    <message>
        <source>The practice on the server could not be exported to %1. Check that the folder exists, that you may write there and that the disk has room.</source>
        <translation>La consulta del servidor no se pudo exportar a %1. Compruebe que la carpeta existe, que puede escribir en ella y que el disco tiene espacio.</translation>
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
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>cc::ReceivablesWidget</name>
    <message>
        <source>Aging by payer</source>
        <translation>Antigüedad de saldos por pagador</translation>
    </message>
    <message>
        <source>Aging by patient</source>
        <translation>Antigüedad de saldos por paciente</translation>
    </message>
    <message>
        <source>The insurance balance of claims sent and not settled, by days since the date of service; what patients owe is shown beside it. Replaced or voided claims are counted once, on their replacement.</source>
        <translation>El saldo del seguro de las reclamaciones enviadas y no liquidadas, según los días transcurridos desde la fecha de servicio; lo que deben los pacientes se muestra al lado. Las reclamaciones reemplazadas o anuladas se cuentan una sola vez, en su reemplazo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unpaid claims&lt;/b&gt; past the days their payer takes to pay, oldest first. Call the payer, write what you learned (Ctrl+S saves) and when to look again; Enter opens the claim.</source>
        <translation>&lt;b&gt;Reclamaciones impagas&lt;/b&gt; que superan los días que su pagador tarda en pagar, las más antiguas primero. Llame al pagador, anote lo que averiguó (Ctrl+S guarda) y cuándo volver a revisarla; Enter abre la reclamación.</translation>
    </message>
    <message>
        <source>Claims to follow up</source>
        <translation>Reclamaciones para seguimiento</translation>
    </message>
    <message>
        <source>No claim needs a call today: every unpaid claim is within its payer&apos;s expected days or has a later next-action date.</source>
        <translation>Hoy no hay que llamar por ninguna reclamación: todas las reclamaciones impagas están dentro del plazo esperado de su pagador o tienen una fecha de próxima acción posterior.</translation>
    </message>
    <message>
        <source>Notes on the claim</source>
        <translation>Notas de la reclamación</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>Who you spoke to, what the payer said…</source>
        <translation>Con quién habló, qué dijo el pagador…</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Ne&amp;xt action on</source>
        <translation>Próxima a&amp;cción el</translation>
    </message>
    <message>
        <source>Keep the claim off the list until this day</source>
        <translation>Mantener la reclamación fuera de la lista hasta este día</translation>
    </message>
    <message>
        <source>Next-action date</source>
        <translation>Fecha de próxima acción</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;Guardar nota</translation>
    </message>
    <message>
        <source>Save the note on the claim (Ctrl+S)</source>
        <translation>Guardar la nota en la reclamación (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Open claim</source>
        <translation>A&amp;brir reclamación</translation>
    </message>
    <message>
        <source>Show the claim (Enter)</source>
        <translation>Mostrar la reclamación (Enter)</translation>
    </message>
    <message>
        <source>A/R</source>
        <translation>Cuentas por cobrar</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · DOS %4 · sent %5 (%6 days; %3 pays within %7)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · fecha de serv. %4 · enviada el %5 (%6 días; %3 paga en un plazo de %7 días)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&lt;p&gt;No note yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aún no hay notas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> — next action %1</source>
        <translation> — próxima acción el %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;%1, %2%3&lt;/i&gt;&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;%1, %2%3&lt;/i&gt;&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose a claim in the follow-up list first.</source>
        <translation>Primero elija una reclamación de la lista de seguimiento.</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>Note saved; the claim comes back on %1.</source>
        <translation>Nota guardada; la reclamación vuelve a la lista el %1.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <source>Aging by &amp;payer</source>
        <translation>Antigüedad de saldos por &amp;pagador</translation>
    </message>
    <message>
        <source>What each payer owes, by days since the DOS</source>
        <translation>Lo que debe cada pagador, según los días transcurridos desde la fecha de servicio</translation>
    </message>
    <message>
        <source>Aging by pa&amp;tient</source>
        <translation>Antigüedad de saldos por paci&amp;ente</translation>
    </message>
    <message>
        <source>What is owed on each patient&apos;s claims, by days since the DOS</source>
        <translation>Lo que se debe por las reclamaciones de cada paciente, según los días transcurridos desde la fecha de servicio</translation>
    </message>
    <message>
        <source>&amp;Follow-up (%1)</source>
        <translation>&amp;Seguimiento (%1)</translation>
    </message>
    <message>
        <source>Unpaid claims past their payer&apos;s expected days</source>
        <translation>Reclamaciones impagas que superan el plazo esperado de su pagador</translation>
    </message>
</context>
<context>
    <name>cc::RecodePanel</name>
    <message>
        <source>female</source>
        <translation>femenino</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <source>sex unknown</source>
        <translation>sexo desconocido</translation>
    </message>
    <message>
        <source>Clinical note</source>
        <translation>Nota clínica</translation>
    </message>
    <message>
        <source>Answered queries</source>
        <translation>Solicitudes de aclaración respondidas</translation>
    </message>
    <message>
        <source>Answered queries to the provider</source>
        <translation>Solicitudes de aclaración al proveedor ya respondidas</translation>
    </message>
    <message>
        <source>&amp;Diagnoses (ICD-10-CM)</source>
        <translation>&amp;Diagnósticos (ICD-10-CM)</translation>
    </message>
    <message>
        <source>Search diagnoses: code or words (Ctrl+K)</source>
        <translation>Buscar diagnósticos: código o palabras (Ctrl+K)</translation>
    </message>
    <message>
        <source>Your diagnoses, in order</source>
        <translation>Sus diagnósticos, en orden</translation>
    </message>
    <message>
        <source>Delete removes the selected diagnosis</source>
        <translation>Delete elimina el diagnóstico seleccionado</translation>
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
        <source>Your service lines</source>
        <translation>Sus líneas de servicio</translation>
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
        <source>Up to 4, separated by spaces or commas: 25 59</source>
        <translation>Hasta 4, separados por espacios o comas: 25 59</translation>
    </message>
    <message>
        <source>1 or more</source>
        <translation>1 o más</translation>
    </message>
    <message>
        <source>Note on your recode (optional)</source>
        <translation>Nota sobre su recodificación (opcional)</translation>
    </message>
    <message>
        <source>Auditor&apos;s note</source>
        <translation>Nota del auditor</translation>
    </message>
    <message>
        <source>&amp;Save recode</source>
        <translation>&amp;Guardar recodificación</translation>
    </message>
    <message>
        <source>Save your coding and compare it with the coder&apos;s (Ctrl+S); each encounter is recoded once</source>
        <translation>Guardar su codificación y compararla con la del codificador (Ctrl+S); cada consulta se recodifica una sola vez</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose an encounter to recode. You will see its documentation, never the coder&apos;s codes.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Elija una consulta para recodificar. Verá su documentación, nunca los códigos del codificador.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Recode</source>
        <translation>Recodificación</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blind recode&lt;/b&gt; · DOS %1 · place of service %2 · patient %3 years, %4 · %5%6</source>
        <translation>&lt;b&gt;Recodificación a ciegas&lt;/b&gt; · fecha de serv. %1 · lugar de servicio %2 · paciente de %3 años, %4 · %5%6</translation>
    </message>
    <message>
        <source>Addendum:</source>
        <translation>Adenda:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Q&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;Answer&lt;/b&gt; (%2, %3): %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;P&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;Respuesta&lt;/b&gt; (%2, %3): %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No answered queries on this encounter.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;No hay solicitudes de aclaración respondidas en esta consulta.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 is already on your list.</source>
        <translation>%1 ya está en su lista.</translation>
    </message>
    <message>
        <source>At most %1 diagnoses.</source>
        <translation>Como máximo %1 diagnósticos.</translation>
    </message>
    <message>
        <source>Choose an encounter to recode first.</source>
        <translation>Primero elija una consulta para recodificar.</translation>
    </message>
    <message>
        <source>Save recode</source>
        <translation>Guardar recodificación</translation>
    </message>
    <message>
        <source>Recode saved: %1 of %2 code lines agree with the coder&apos;s.</source>
        <translation>Recodificación guardada: %1 de %2 líneas de código coinciden con las del codificador.</translation>
    </message>
</context>
<context>
    <name>cc::RemittanceModel</name>
    <message>
        <source>Paper EOB</source>
        <translation>EOB en papel</translation>
    </message>
    <message>
        <source>ERA</source>
        <translation>ERA</translation>
    </message>
    <message>
        <source>%1 (payer id %2)</source>
        <translation>%1 (ID de pagador %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) of this payment matched no claim of ours: see Unmatched ERA</source>
        <translation>
            <numerusform>%n reclamación de este pago no coincidió con ninguna nuestra: consulte ERA sin asociar</numerusform>
            <numerusform>%n reclamaciones de este pago no coincidieron con ninguna nuestra: consulte ERA sin asociar</numerusform>
        </translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Trace / check</source>
        <translation>Rastreo / cheque</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Fecha de pago</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Sin asociar</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>When the payment was posted</source>
        <translation>Cuándo se registró el pago</translation>
    </message>
    <message>
        <source>The payer who sent the payment</source>
        <translation>El pagador que envió el pago</translation>
    </message>
    <message>
        <source>The EFT trace number (TRN02) or the check number: the key to the bank deposit</source>
        <translation>El número de rastreo de la EFT (TRN02) o el número de cheque: la clave para el depósito bancario</translation>
    </message>
    <message>
        <source>ERA: an 835 file; Paper EOB: entered by hand from the paper</source>
        <translation>ERA: un archivo 835; EOB en papel: ingresada a mano a partir del papel</translation>
    </message>
    <message>
        <source>CHK check, ACH electronic transfer, NON no payment</source>
        <translation>CHK cheque, ACH transferencia electrónica, NON sin pago</translation>
    </message>
    <message>
        <source>The check date or the EFT effective date</source>
        <translation>La fecha del cheque o la fecha efectiva de la EFT</translation>
    </message>
    <message>
        <source>The amount of the payment</source>
        <translation>El monto del pago</translation>
    </message>
    <message>
        <source>Claims the payment covers</source>
        <translation>Reclamaciones que cubre el pago</translation>
    </message>
    <message>
        <source>Claims that matched no claim of ours and wait under Unmatched ERA</source>
        <translation>Reclamaciones que no coincidieron con ninguna nuestra y esperan en ERA sin asociar</translation>
    </message>
    <message>
        <source>Who posted it</source>
        <translation>Quién lo registró</translation>
    </message>
</context>
<context>
    <name>cc::RemittanceRepository</name>
    <message>
        <source>The payer&apos;s answers could not be stored as read. Nothing was changed.</source>
        <translation>No se pudieron guardar las respuestas del pagador tal como se leyeron. No se cambió nada.</translation>
    </message>
    <message>
        <source>Claim %1 is no longer on record.</source>
        <translation>La reclamación %1 ya no está registrada.</translation>
    </message>
    <message>
        <source>This remittance claim was matched, dismissed or changed by someone else since you opened it. Reopen the Unmatched list to see it.</source>
        <translation>Otra persona asoció, descartó o cambió esta reclamación de la remesa después de que usted la abrió. Vuelva a abrir la lista sin asociar para verla.</translation>
    </message>
</context>
<context>
    <name>cc::ReturnDialog</name>
    <message>
        <source>Return to the coder</source>
        <translation>Devolver al codificador</translation>
    </message>
    <message>
        <source>The encounter of %1 goes back to the top of the coders&apos; queue with your reason.</source>
        <translation>La consulta de %1 vuelve al principio de la cola de codificación con su motivo.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>What should the coder change? e.g. &quot;82947 needs a diabetes diagnosis or a query to Dr. Okafor&quot;</source>
        <translation>¿Qué debe cambiar el codificador? Por ejemplo: &quot;82947 necesita un diagnóstico de diabetes o una solicitud de aclaración a la Dra. Okafor&quot;</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Detalles:</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation>De&amp;volver</translation>
    </message>
    <message>
        <source>Say what the coder should change: &quot;Other&quot; needs a few words.</source>
        <translation>Indique qué debe cambiar el codificador: “Otro” necesita unas palabras.</translation>
    </message>
</context>
<context>
    <name>cc::ReturnReason</name>
    <message>
        <source>Diagnosis does not support a service</source>
        <translation>El diagnóstico no respalda un servicio</translation>
    </message>
    <message>
        <source>Wrong or outdated code</source>
        <translation>Código incorrecto o desactualizado</translation>
    </message>
    <message>
        <source>Modifier missing or wrong</source>
        <translation>Falta un modificador o es incorrecto</translation>
    </message>
    <message>
        <source>Units or charge wrong</source>
        <translation>Unidades o cargo incorrectos</translation>
    </message>
    <message>
        <source>Documentation missing: query the provider</source>
        <translation>Falta documentación: enviar solicitud de aclaración al proveedor</translation>
    </message>
    <message>
        <source>Authorization missing</source>
        <translation>Falta la autorización</translation>
    </message>
    <message>
        <source>Patient or coverage data wrong</source>
        <translation>Datos del paciente o de la cobertura incorrectos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>cc::SeatConflict</name>
    <message>
        <source>diagnoses %1</source>
        <translation>diagnósticos %1</translation>
    </message>
    <message>
        <source>services %1</source>
        <translation>servicios %1</translation>
    </message>
    <message>
        <source>no codes</source>
        <translation>sin códigos</translation>
    </message>
    <message>
        <source>by someone else</source>
        <translation>por otra persona</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>por %1 el %2</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source> · place of service %1</source>
        <translation> · lugar de servicio %1</translation>
    </message>
    <message>
        <source> · authorization %1</source>
        <translation> · autorización %1</translation>
    </message>
    <message>
        <source>Encounter %1 (%2) was saved %3 since you opened it; nothing of yours was saved over it.
Now on record: %4.
Yours, not saved: %5.
Reopen the encounter to see the change, then redo your edit if it is still needed.</source>
        <translation>La consulta %1 (%2) fue guardada %3 después de que usted la abrió; no se guardó nada suyo encima.
Registrado ahora: %4.
Lo suyo, sin guardar: %5.
Vuelva a abrir la consulta para ver el cambio y repita su edición si todavía hace falta.</translation>
    </message>
    <message>
        <source>Claim %1 was changed %2 since you opened it; nothing of yours was saved over it.
Now on record: %3.
Yours, not saved: %4.
Reopen the claim to see the change, then make yours again if it is still needed.</source>
        <translation>La reclamación %1 fue cambiada %2 después de que usted la abrió; no se guardó nada suyo encima.
Registrado ahora: %3.
Lo suyo, sin guardar: %4.
Vuelva a abrir la reclamación para ver el cambio y haga el suyo de nuevo si todavía hace falta.</translation>
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
    <message>
        <source>Electronic claims (837P)</source>
        <translation>Reclamaciones electrónicas (837P)</translation>
    </message>
    <message>
        <source>Submitter name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <source>The practice as the clearinghouse knows it (loop 1000A).</source>
        <translation>El consultorio tal como lo conoce la cámara de compensación (bucle 1000A).</translation>
    </message>
    <message>
        <source>Submitter id (ETIN)</source>
        <translation>ID del remitente (ETIN)</translation>
    </message>
    <message>
        <source>The id the clearinghouse gave the practice; it goes in ISA06 and GS02. Until set, the practice NPI is used.</source>
        <translation>El ID que la cámara de compensación asignó al consultorio; va en ISA06 y GS02. Mientras no se indique, se usa el NPI del consultorio.</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nombre del contacto</translation>
    </message>
    <message>
        <source>Who the clearinghouse calls about a batch.</source>
        <translation>A quién llama la cámara de compensación por un lote.</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Teléfono del contacto</translation>
    </message>
    <message>
        <source>Ten digits.</source>
        <translation>Diez dígitos.</translation>
    </message>
    <message>
        <source>Clearinghouse name</source>
        <translation>Nombre de la cámara de compensación</translation>
    </message>
    <message>
        <source>Leave empty to send each payer its own file.</source>
        <translation>Déjelo vacío para enviar a cada pagador su propio archivo.</translation>
    </message>
    <message>
        <source>Clearinghouse id</source>
        <translation>ID de la cámara de compensación</translation>
    </message>
    <message>
        <source>The receiver id (ISA08, loop 1000B). With a clearinghouse, every claim goes in one file to it.</source>
        <translation>El ID del receptor (ISA08, bucle 1000B). Con una cámara de compensación, todas las reclamaciones van a ella en un solo archivo.</translation>
    </message>
    <message>
        <source>&amp;Production (clear it while testing with the clearinghouse: ISA15 = T)</source>
        <translation>&amp;Producción (desmárquelo mientras hace pruebas con la cámara de compensación: ISA15 = T)</translation>
    </message>
    <message>
        <source>Su&amp;bmitter name:</source>
        <translation>&amp;Nombre del remitente:</translation>
    </message>
    <message>
        <source>Submitter &amp;id (ETIN):</source>
        <translation>ID del &amp;remitente (ETIN):</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>&amp;Contacto:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Clearing&amp;house:</source>
        <translation>Cámara de co&amp;mpensación:</translation>
    </message>
    <message>
        <source>Clearinghouse i&amp;d:</source>
        <translation>I&amp;D de la cámara de compensación:</translation>
    </message>
</context>
<context>
    <name>cc::StatementModel</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes: %1 waits</source>
        <translation>Sí: %1 pendiente</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>%1 statement</source>
        <extracomment>which statement the next one is for this balance: &quot;3rd statement&quot;</extracomment>
        <translation>%1 estado de cuenta</translation>
    </message>
    <message>
        <source>None due</source>
        <translation>Ninguno pendiente</translation>
    </message>
    <message>
        <source>Visits still with insurance are left off the statement:
%1</source>
        <translation>Las visitas que aún están con el seguro quedan fuera del estado de cuenta:
%1</translation>
    </message>
    <message>
        <source>Nothing to bill yet: every visit with a balance is still with insurance.</source>
        <translation>Aún no hay nada que facturar: todas las visitas con saldo siguen con el seguro.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Insurance pending</source>
        <translation>Seguro pendiente</translation>
    </message>
    <message>
        <source>Last statement</source>
        <translation>Último estado de cuenta</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Tick the patients to send a statement to (Space)</source>
        <translation>Marque los pacientes a los que desea enviar un estado de cuenta (barra espaciadora)</translation>
    </message>
    <message>
        <source>What the patient owes on visits insurance has answered</source>
        <translation>Lo que debe el paciente por las visitas que el seguro ya respondió</translation>
    </message>
    <message>
        <source>The balance by days since the date of service</source>
        <translation>El saldo según los días transcurridos desde la fecha de servicio</translation>
    </message>
    <message>
        <source>Visits still with insurance: left off the statement until it answers</source>
        <translation>Visitas que aún están con el seguro: quedan fuera del estado de cuenta hasta que responda</translation>
    </message>
    <message>
        <source>Which statement the next one would be since the balance was last zero or last paid</source>
        <translation>Qué número de estado de cuenta sería el próximo desde que el saldo estuvo en cero o se pagó por última vez</translation>
    </message>
</context>
<context>
    <name>cc::StatementService</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Secondary claim %1 to %2 has not been sent yet.</source>
        <translation>La reclamación secundaria %1 a %2 todavía no se ha enviado.</translation>
    </message>
    <message>
        <source>Claim %1 to %2 has not been sent yet.</source>
        <translation>La reclamación %1 a %2 todavía no se ha enviado.</translation>
    </message>
    <message>
        <source>Claim %1 was rejected; it must be corrected and sent to %2 again.</source>
        <translation>La reclamación %1 fue rechazada; hay que corregirla y volver a enviarla a %2.</translation>
    </message>
    <message>
        <source>Claim %1 is waiting for %2&apos;s answer (sent %3).</source>
        <translation>La reclamación %1 está a la espera de la respuesta de %2 (enviada el %3).</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not on this statement: your visit of %1 is still with %2.</source>
        <translation>No figura en este estado de cuenta: su visita del %1 sigue con %2.</translation>
    </message>
    <message>
        <source>your insurance</source>
        <translation>su seguro</translation>
    </message>
    <message>
        <source>Choose a file to save the statements to.</source>
        <translation>Elija un archivo en el que guardar los estados de cuenta.</translation>
    </message>
    <message>
        <source>The statement date is missing.</source>
        <translation>Falta la fecha del estado de cuenta.</translation>
    </message>
    <message>
        <source>%1: insurance is still pending on every visit with a balance.</source>
        <translation>%1: el seguro sigue pendiente en todas las visitas con saldo.</translation>
    </message>
    <message>
        <source>Patient %1 owes nothing.</source>
        <translation>El paciente %1 no debe nada.</translation>
    </message>
    <message>
        <source>No patient has a balance to bill: there is no statement to print.</source>
        <translation>Ningún paciente tiene saldo que facturar: no hay ningún estado de cuenta que imprimir.</translation>
    </message>
</context>
<context>
    <name>cc::StatementsWidget</name>
    <message>
        <source>&lt;b&gt;Patient statements&lt;/b&gt; — tick the patients (Space), preview (Ctrl+Shift+V) and print (Ctrl+P). Visits still with insurance are left off until it answers.</source>
        <translation>&lt;b&gt;Estados de cuenta de pacientes&lt;/b&gt; — marque los pacientes (barra espaciadora), vea la vista previa (Ctrl+Shift+V) e imprima (Ctrl+P). Las visitas que aún están con el seguro quedan fuera hasta que responda.</translation>
    </message>
    <message>
        <source>Patients with a balance</source>
        <translation>Pacientes con saldo</translation>
    </message>
    <message>
        <source>No patient owes anything. Balances appear here once a payer&apos;s answer leaves an amount to the patient, or a self-pay visit is ready.</source>
        <translation>Ningún paciente debe nada. Los saldos aparecen aquí cuando la respuesta de un pagador deja un monto a cargo del paciente o cuando una visita de pago particular está lista.</translation>
    </message>
    <message>
        <source>Visits and preview</source>
        <translation>Visitas y vista previa</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Marcar todos</translation>
    </message>
    <message>
        <source>Tick every patient with something to bill</source>
        <translation>Marcar todos los pacientes con algo que facturar</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>&amp;Desmarcar todos</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Show what each ticked patient&apos;s statement will say (Ctrl+Shift+V)</source>
        <translation>Mostrar lo que dirá el estado de cuenta de cada paciente marcado (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Print statements…</source>
        <translation>&amp;Imprimir estados de cuenta…</translation>
    </message>
    <message>
        <source>Bill ready self-pay visits and save the ticked patients&apos; statements as one PDF (Ctrl+P)</source>
        <translation>Facturar las visitas de pago particular listas y guardar los estados de cuenta de los pacientes marcados en un solo PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Estados de cuenta</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) ticked, %1 due; %2 can be billed.</source>
        <translation>
            <numerusform>%n paciente marcado, %1 adeudado; facturables: %2.</numerusform>
            <numerusform>%n pacientes marcados, %1 adeudado; facturables: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · MRN %2 · owes %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · MRN %2 · debe %3</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;DOS&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Provider&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Services&lt;/th&gt;&lt;th align=&quot;right&quot;&gt;Charges&lt;/th&gt;&lt;th align=&quot;right&quot;&gt;Insurance paid&lt;/th&gt;&lt;th align=&quot;right&quot;&gt;Adjustments&lt;/th&gt;&lt;th align=&quot;right&quot;&gt;Patient paid&lt;/th&gt;&lt;th align=&quot;right&quot;&gt;Owes&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Status&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Fecha de serv.&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Proveedor&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Servicios&lt;/th&gt;&lt;th align=&quot;right&quot;&gt;Cargos&lt;/th&gt;&lt;th align=&quot;right&quot;&gt;Pagado por el seguro&lt;/th&gt;&lt;th align=&quot;right&quot;&gt;Ajustes&lt;/th&gt;&lt;th align=&quot;right&quot;&gt;Pagado por el paciente&lt;/th&gt;&lt;th align=&quot;right&quot;&gt;Adeuda&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Estado&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Self-pay: billed by the next run</source>
        <translation>Pago particular: se facturará en la próxima ejecución</translation>
    </message>
    <message>
        <source>On the statement</source>
        <translation>En el estado de cuenta</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Nothing to bill for these patients yet: every visit with a balance is still with insurance.</source>
        <translation>Aún no hay nada que facturar a estos pacientes: todas las visitas con saldo siguen con el seguro.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (account %2): %n visit(s), total due &lt;b&gt;%3&lt;/b&gt;, %4 statement</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (cuenta %2): %n visita, total adeudado &lt;b&gt;%3&lt;/b&gt;, %4 estado de cuenta</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (cuenta %2): %n visitas, total adeudado &lt;b&gt;%3&lt;/b&gt;, %4 estado de cuenta</numerusform>
        </translation>
    </message>
    <message>
        <source> — &lt;b&gt;Past due: please call us to arrange payment&lt;/b&gt;</source>
        <translation> — &lt;b&gt;Vencido: llámenos para acordar el pago&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n statement(s), %1 page(s) dated %2:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n estado de cuenta, %1 página(s) con fecha %2:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n estados de cuenta, %1 páginas con fecha %2:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the patients to send statements to first: Space ticks the current row, Tick all ticks every one.</source>
        <translation>Primero marque los pacientes a los que desea enviar estados de cuenta: la barra espaciadora marca la fila actual y Marcar todos los marca a todos.</translation>
    </message>
    <message>
        <source>Save the statements</source>
        <translation>Guardar los estados de cuenta</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>statements-%1.pdf</source>
        <translation>estados-de-cuenta-%1.pdf</translation>
    </message>
    <message>
        <source>Tick the patients to send statements to first.</source>
        <translation>Primero marque los pacientes a los que desea enviar estados de cuenta.</translation>
    </message>
    <message>
        <source>Print statements</source>
        <translation>Imprimir estados de cuenta</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) saved as %1 (%2 page(s), %3 due).</source>
        <translation>
            <numerusform>%n estado de cuenta guardado como %1 (%2 página(s), %3 adeudado).</numerusform>
            <numerusform>%n estados de cuenta guardados como %1 (%2 páginas, %3 adeudado).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-pay visit(s) billed.</source>
        <translation>
            <numerusform>Se facturó %n visita de pago particular.</numerusform>
            <numerusform>Se facturaron %n visitas de pago particular.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::SubmissionService</name>
    <message>
        <source>There is no claim to send.</source>
        <translation>No hay ninguna reclamación para enviar.</translation>
    </message>
    <message>
        <source>The submitter needs a name and the id the clearinghouse gave the practice (ETIN).</source>
        <translation>El remitente necesita un nombre y el ID que la cámara de compensación asignó al consultorio (ETIN).</translation>
    </message>
    <message>
        <source>An interchange id (ETIN) has at most 15 characters.</source>
        <translation>Un ID de intercambio (ETIN) tiene como máximo 15 caracteres.</translation>
    </message>
    <message>
        <source>Give the clearinghouse&apos;s name beside its id.</source>
        <translation>Indique el nombre de la cámara de compensación junto a su ID.</translation>
    </message>
    <message>
        <source>The contact phone needs ten digits.</source>
        <translation>El teléfono del contacto necesita diez dígitos.</translation>
    </message>
    <message>
        <source>Claims cannot be sent from here.</source>
        <translation>Desde aquí no se pueden enviar reclamaciones.</translation>
    </message>
    <message>
        <source>The practice has no submitter id (ETIN) yet. Set it under Settings, Electronic claims.</source>
        <translation>El consultorio aún no tiene ID de remitente (ETIN). Indíquelo en Configuración, Reclamaciones electrónicas.</translation>
    </message>
    <message>
        <source>%1: it is %2, not ready to send.</source>
        <translation>%1: tiene el estado %2, no está lista para enviar.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error finding(s) still open.</source>
        <translation>
            <numerusform>%1: sigue abierto %n hallazgo de error.</numerusform>
            <numerusform>%1: siguen abiertos %n hallazgos de error.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no payer to send it to (self-pay); bill the patient.</source>
        <translation>%1: no hay pagador al que enviarla (pago particular); facture al paciente.</translation>
    </message>
    <message>
        <source>%1: the coverage has no member id.</source>
        <translation>%1: la cobertura no tiene ID de miembro.</translation>
    </message>
    <message>
        <source>There is no claim ready to send.</source>
        <translation>No hay ninguna reclamación lista para enviar.</translation>
    </message>
    <message>
        <source>None of these claims can be sent:
%1</source>
        <translation>No se puede enviar ninguna de estas reclamaciones:
%1</translation>
    </message>
    <message>
        <source>Sent to %1 in interchange %2 (submission %3)</source>
        <translation>Enviada a %1 en el intercambio %2 (envío n.º %3)</translation>
    </message>
    <message>
        <source>Batch %1 is no longer on record.</source>
        <translation>El lote %1 ya no está registrado.</translation>
    </message>
    <message>
        <source>999: transaction set %1: %2</source>
        <translation>999: conjunto de transacciones %1: %2</translation>
    </message>
    <message>
        <source>segment %1 at position %2</source>
        <translation>segmento %1 en la posición %2</translation>
    </message>
    <message>
        <source> (loop %1)</source>
        <translation> (bucle %1)</translation>
    </message>
    <message>
        <source>element %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <source> (&quot;%1&quot;)</source>
        <translation> (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>línea %1: %2: %3</translation>
    </message>
    <message>
        <source>This file is a %1 transaction, not a 999 or 277CA acknowledgement. Remittances (835) are posted elsewhere.</source>
        <translation>Este archivo es una transacción %1, no un acuse de recibo 999 ni 277CA. Las remesas (835) se registran en otro lugar.</translation>
    </message>
    <message>
        <source>This file holds no transaction set (no ST segment), so it is not an acknowledgement.</source>
        <translation>Este archivo no contiene ningún conjunto de transacciones (no tiene segmento ST), así que no es un acuse de recibo.</translation>
    </message>
    <message>
        <source>This %1 was read before; nothing was changed again.</source>
        <translation>Este %1 ya se había leído; no se volvió a cambiar nada.</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>grupo %1</translation>
    </message>
    <message>
        <source>transaction set %1</source>
        <translation>conjunto de transacciones %1</translation>
    </message>
    <message>
        <source>999: the clearinghouse took transaction set %1 (%2)</source>
        <translation>999: la cámara de compensación admitió el conjunto de transacciones %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Transaction set %1: %2, %n claim(s).</source>
        <translation>
            <numerusform>Conjunto de transacciones %1: %2, %n reclamación.</numerusform>
            <numerusform>Conjunto de transacciones %1: %2, %n reclamaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transaction set %1 rejected, %n claim(s) to fix: %2</source>
        <translation>
            <numerusform>Conjunto de transacciones %1 rechazado, %n reclamación por corregir: %2</numerusform>
            <numerusform>Conjunto de transacciones %1 rechazado, %n reclamaciones por corregir: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not a claim of this practice (%2)</source>
        <translation>%1: no es una reclamación de este consultorio (%2)</translation>
    </message>
    <message>
        <source>%1 accepted: %2</source>
        <translation>%1 aceptada: %2</translation>
    </message>
    <message>
        <source>%1 rejected: %2</source>
        <translation>%1 rechazada: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 accepted, %3 rejected, %4 not matched</source>
        <translation>%1: %2 aceptados, %3 rechazados, %4 sin coincidencia</translation>
    </message>
    <message>
        <source>Claim sent: line %1</source>
        <translation>Reclamación enviada: línea %1</translation>
    </message>
    <message>
        <source>Charges changed before the claim was sent again</source>
        <translation>Cargos modificados antes de volver a enviar la reclamación</translation>
    </message>
</context>
<context>
    <name>cc::SubmissionsWidget</name>
    <message>
        <source>&lt;b&gt;Rejected claims&lt;/b&gt; — open a claim (Enter), fix what the payer names and save it: it is ready to send again.</source>
        <translation>&lt;b&gt;Reclamaciones rechazadas&lt;/b&gt; — abra una reclamación (Enter), corrija lo que indica el pagador y guárdela: quedará lista para volver a enviarse.</translation>
    </message>
    <message>
        <source>Rejected claims</source>
        <translation>Reclamaciones rechazadas</translation>
    </message>
    <message>
        <source>No claim is rejected. When a 999 or 277CA rejects a claim it appears here with the payer&apos;s reason.</source>
        <translation>No hay ninguna reclamación rechazada. Cuando un 999 o un 277CA rechaza una reclamación, aparece aquí con el motivo del pagador.</translation>
    </message>
    <message>
        <source>&amp;Open claim</source>
        <translation>A&amp;brir reclamación</translation>
    </message>
    <message>
        <source>Show the claim to fix and save it (Enter)</source>
        <translation>Mostrar la reclamación para corregirla y guardarla (Enter)</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <source>Self-pay</source>
        <translation>Pago particular</translation>
    </message>
    <message>
        <source>The acknowledgement gave no reason.</source>
        <translation>El acuse de recibo no indicó ningún motivo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 · times sent: %5&lt;br&gt;&lt;b&gt;Reason:&lt;/b&gt; %6</source>
        <extracomment>claim number, patient, payer, date of service, times sent; then the reason</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 · veces enviada: %5&lt;br&gt;&lt;b&gt;Motivo:&lt;/b&gt; %6</translation>
    </message>
    <message>
        <source>&amp;Ready &amp;&amp; batches (%1)</source>
        <translation>&amp;Listas &amp;&amp; lotes (%1)</translation>
    </message>
    <message>
        <source>Claims ready to send, and the 837P batches written</source>
        <translation>Reclamaciones listas para enviar y lotes 837P generados</translation>
    </message>
    <message>
        <source>Ac&amp;knowledgements</source>
        <translation>Acuses de re&amp;cibo</translation>
    </message>
    <message>
        <source>999 and 277CA files read from the clearinghouse</source>
        <translation>Archivos 999 y 277CA recibidos de la cámara de compensación</translation>
    </message>
    <message>
        <source>Re&amp;jections (%1)</source>
        <translation>&amp;Rechazos (%1)</translation>
    </message>
    <message>
        <source>Rejected claims to fix and send again</source>
        <translation>Reclamaciones rechazadas que hay que corregir y volver a enviar</translation>
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
    <name>cc::UnmatchedModel</name>
    <message>
        <source>The payer sent claim number %1; no claim of ours has it.</source>
        <translation>El pagador envió el número de reclamación %1; ninguna de nuestras reclamaciones lo tiene.</translation>
    </message>
    <message>
        <source>CLP02 %1</source>
        <translation>CLP02 %1</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Trace / check</source>
        <translation>Rastreo / cheque</translation>
    </message>
    <message>
        <source>Claim number sent</source>
        <translation>Número de reclamación enviado</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>ID de miembro</translation>
    </message>
    <message>
        <source>Payer&apos;s claim no.</source>
        <translation>N.º de reclamación del pagador</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date of service</source>
        <translation>Fecha de servicio</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>The date of the payment that carried this claim</source>
        <translation>La fecha del pago que incluía esta reclamación</translation>
    </message>
    <message>
        <source>The payer who sent it</source>
        <translation>El pagador que la envió</translation>
    </message>
    <message>
        <source>The EFT trace or check number of the payment</source>
        <translation>El número de rastreo de la EFT o el número de cheque del pago</translation>
    </message>
    <message>
        <source>The patient control number the payer sent back (CLP01)</source>
        <translation>El número de control del paciente que devolvió el pagador (CLP01)</translation>
    </message>
    <message>
        <source>The patient as the payer named them</source>
        <translation>El paciente tal como lo nombró el pagador</translation>
    </message>
    <message>
        <source>The member ID the payer sent</source>
        <translation>El ID de miembro que envió el pagador</translation>
    </message>
    <message>
        <source>The payer&apos;s own number for the claim (CLP07)</source>
        <translation>El número propio del pagador para la reclamación (CLP07)</translation>
    </message>
    <message>
        <source>What the payer did with the claim (CLP02)</source>
        <translation>Lo que hizo el pagador con la reclamación (CLP02)</translation>
    </message>
    <message>
        <source>The first date of service</source>
        <translation>La primera fecha de servicio</translation>
    </message>
    <message>
        <source>What the payer says was billed</source>
        <translation>Lo que, según el pagador, se facturó</translation>
    </message>
    <message>
        <source>What the payer paid</source>
        <translation>Lo que pagó el pagador</translation>
    </message>
</context>
<context>
    <name>cc::appealletter</name>
    <message>
        <source>The appeal letter is empty. Write the letter first.</source>
        <translation>La carta de apelación está vacía. Primero redacte la carta.</translation>
    </message>
    <message>
        <source>The appeal letter cannot be drawn in this mode of CleanClaim.</source>
        <translation>La carta de apelación no se puede generar en este modo de CleanClaim.</translation>
    </message>
    <message>
        <source>Appeal letter</source>
        <translation>Carta de apelación</translation>
    </message>
    <message>
        <source>The appeal letter could not be drawn as a PDF.</source>
        <translation>No se pudo generar la carta de apelación como PDF.</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Teléfono %1</translation>
    </message>
    <message>
        <source>NPI %1</source>
        <translation>NPI %1</translation>
    </message>
    <message>
        <source>Choose a file to save the appeal letter to.</source>
        <translation>Elija un archivo en el que guardar la carta de apelación.</translation>
    </message>
    <message>
        <source>The appeal letter could not be saved as %1: the folder cannot be written to. Choose another folder.</source>
        <translation>No se pudo guardar la carta de apelación como %1: no se puede escribir en la carpeta. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The appeal letter could not be saved as %1 (is the disk full?). Try another folder.</source>
        <translation>No se pudo guardar la carta de apelación como %1 (¿está lleno el disco?). Pruebe con otra carpeta.</translation>
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
        <source>Usage: cleanclaim --db PATH [--user NAME] import-codes KIND FILE --effective YYYY-MM-DD [--release NAME]
       KIND: icd10cm-order, icd10cm-codes, hcpcs, cpt-csv
       cleanclaim --db PATH [--user NAME] import-codes ncci-ptp FILE [FILE...] --release NAME
       the parts of one CMS NCCI practitioner PTP release, e.g. --release v322r0
       cleanclaim --db PATH [--user NAME] import-codes mue FILE --release NAME --effective YYYY-MM-DD
       a CMS practitioner MUE file, in force from the date to the next release
</source>
        <translation>Uso: cleanclaim --db RUTA [--user NOMBRE] import-codes TIPO ARCHIVO --effective AAAA-MM-DD [--release NOMBRE]
       TIPO: icd10cm-order, icd10cm-codes, hcpcs, cpt-csv
       cleanclaim --db RUTA [--user NOMBRE] import-codes ncci-ptp ARCHIVO [ARCHIVO...] --release NOMBRE
       las partes de una versión PTP de NCCI para profesionales de CMS, p. ej. --release v322r0
       cleanclaim --db RUTA [--user NOMBRE] import-codes mue ARCHIVO --release NOMBRE --effective AAAA-MM-DD
       un archivo MUE para profesionales de CMS, vigente desde la fecha hasta la versión siguiente
</translation>
    </message>
    <message>
        <source>import-codes ncci-ptp takes the FILE of a CMS PTP release, or the files of its parts.</source>
        <translation>import-codes ncci-ptp admite el ARCHIVO de una versión PTP de CMS, o los archivos de sus partes.</translation>
    </message>
    <message>
        <source>--effective does not apply to ncci-ptp: each PTP edit carries its own effective and deletion dates.</source>
        <translation>--effective no se aplica a ncci-ptp: cada edición PTP tiene sus propias fechas de entrada en vigor y de eliminación.</translation>
    </message>
    <message>
        <source>import-codes ncci-ptp needs --release NAME: the CMS version, such as v322r0.</source>
        <translation>import-codes ncci-ptp necesita --release NOMBRE: la versión de CMS, por ejemplo v322r0.</translation>
    </message>
    <message>
        <source>Imported %1 NCCI PTP edits into release &quot;%2&quot;.</source>
        <translation>Se importaron %1 ediciones NCCI PTP en la versión &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>import-codes mue takes one FILE.</source>
        <translation>import-codes mue admite un solo ARCHIVO.</translation>
    </message>
    <message>
        <source>import-codes mue needs --release NAME and --effective YYYY-MM-DD: the first date of service the MUE values apply to.</source>
        <translation>import-codes mue necesita --release NOMBRE y --effective AAAA-MM-DD: la primera fecha de servicio a la que se aplican los valores MUE.</translation>
    </message>
    <message>
        <source>Imported %1 MUE values into release &quot;%2&quot;, effective %3.</source>
        <translation>Se importaron %1 valores MUE en la versión &quot;%2&quot;, vigente desde el %3.</translation>
    </message>
    <message>
        <source>Usage: cleanclaim [--db PATH] [--user NAME] scrub [--input CLAIMS.json] [--json] [--today YYYY-MM-DD]
</source>
        <translation>Uso: cleanclaim [--db RUTA] [--user NOMBRE] scrub [--input RECLAMACIONES.json] [--json] [--today AAAA-MM-DD]
</translation>
    </message>
    <message>
        <source>scrub takes no FILE argument: give the claims file with --input.</source>
        <translation>scrub no admite un argumento ARCHIVO: indique el archivo de reclamaciones con --input.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was scrubbed.</source>
        <translation>
            <numerusform>%1 tiene %n problema; no se revisó nada.</numerusform>
            <numerusform>%1 tiene %n problemas; no se revisó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting for a scrub.</source>
        <translation>No hay nada pendiente de revisión.</translation>
    </message>
    <message>
        <source>%1: clean</source>
        <translation>%1: limpia</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>reclamación</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corrección: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) scrubbed: </source>
        <translation>
            <numerusform>%n reclamación revisada: </numerusform>
            <numerusform>%n reclamaciones revisadas: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 clean, %2 with warnings only, %3 with errors.</source>
        <translation>%1 limpias, %2 solo con advertencias, %3 con errores.</translation>
    </message>
    <message>
        <source>export-837 takes no FILE argument: give the claims file with --input and the 837 file with --out.</source>
        <translation>export-837 no admite un argumento ARCHIVO: indique el archivo de reclamaciones con --input y el archivo 837 con --out.</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.</source>
        <translation>Indique con --out ARCHIVO el archivo que se va a escribir.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); no 837 was written.</source>
        <translation>
            <numerusform>%1 tiene %n problema; no se escribió ningún 837.</numerusform>
            <numerusform>%1 tiene %n problemas; no se escribió ningún 837.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) written to %1.</source>
        <translation>
            <numerusform>Se escribió %n reclamación en %1.</numerusform>
            <numerusform>Se escribieron %n reclamaciones en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: cleanclaim [--db PATH] [--user NAME] export-837 [--input CLAIMS.json] --out FILE
Without --input, the practice&apos;s ready claims are written (drafts are scrubbed first), one file per receiver, and the claims become submitted.
</source>
        <translation>Uso: cleanclaim [--db RUTA] [--user NOMBRE] export-837 [--input RECLAMACIONES.json] --out ARCHIVO
Sin --input, se escriben las reclamaciones listas del consultorio (antes se revisan los borradores), un archivo por receptor, y las reclamaciones pasan a enviadas.
</translation>
    </message>
    <message>
        <source>Usage: cleanclaim [--db PATH] [--user NAME] import-ack FILE [--json]
</source>
        <translation>Uso: cleanclaim [--db RUTA] [--user NOMBRE] import-ack ARCHIVO [--json]
</translation>
    </message>
    <message>
        <source>%1 is not a folder this user can write to; no claim was sent.</source>
        <translation>%1 no es una carpeta en la que este usuario pueda escribir; no se envió ninguna reclamación.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. The batch is kept: save it again from the Submissions screen (batch %3).</source>
        <translation>No se puede escribir %1: %2. El lote se conserva: vuelva a guardarlo desde la pantalla Envíos (lote %3).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n claim(s) to %2 (%3), %4, interchange %5.</source>
        <translation>
            <numerusform>%1: %n reclamación para %2 (%3), %4, intercambio %5.</numerusform>
            <numerusform>%1: %n reclamaciones para %2 (%3), %4, intercambio %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No se envió: %1</translation>
    </message>
    <message>
        <source>import-ack reads one file.</source>
        <translation>import-ack lee un solo archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 read: %2 accepted, %3 rejected, %4 not matched.</source>
        <translation>%1 leído: %2 aceptados, %3 rechazados, %4 sin coincidencia.</translation>
    </message>
    <message>
        <source>Usage: cleanclaim [--db PATH] [--user NAME] import-835 FILE [--json]
Posts an ERA (835) whole, or refuses it whole.
</source>
        <translation>Uso: cleanclaim [--db RUTA] [--user NOMBRE] import-835 ARCHIVO [--json]
Registra una ERA (835) completa, o la rechaza completa.
</translation>
    </message>
    <message>
        <source>import-835 reads one file.</source>
        <translation>import-835 lee un solo archivo.</translation>
    </message>
    <message>
        <source>Not matched: %1 (%2), %3 charged, %4 paid, %5 %6.</source>
        <translation>Sin asociar: %1 (%2), cargo %3, pagado %4, %5 %6.</translation>
    </message>
    <message>
        <source>Usage: cleanclaim read-835 FILE [--json]
Reads and checks an 835 remittance without a practice database.
</source>
        <translation>Uso: cleanclaim read-835 ARCHIVO [--json]
Lee y verifica una remesa 835 sin una base de datos del consultorio.
</translation>
    </message>
    <message>
        <source>Transaction %1 (segment %2): payer %3 (%4), trace %5, payment %6 %7 on %8</source>
        <translation>Transacción %1 (segmento %2): pagador %3 (%4), rastreo %5, pago %6 %7 el %8</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s): charge %1, paid %2; provider adjustments %3</source>
        <translation>
            <numerusform>%n reclamación: cargo %1, pagado %2; ajustes del proveedor %3</numerusform>
            <numerusform>%n reclamaciones: cargo %1, pagado %2; ajustes del proveedor %3</numerusform>
        </translation>
    </message>
    <message>
        <source>read-835 reads one file.</source>
        <translation>read-835 lee un solo archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 segments, %n transaction(s).</source>
        <translation>
            <numerusform>%1: %2 segmentos, %n transacción.</numerusform>
            <numerusform>%1: %2 segmentos, %n transacciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n claim(s), charge %1, paid %2.</source>
        <translation>
            <numerusform>Total: %n reclamación, cargo %1, pagado %2.</numerusform>
            <numerusform>Total: %n reclamaciones, cargo %1, pagado %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Sin errores.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), listed below.</source>
        <translation>
            <numerusform>%n error, indicado abajo.</numerusform>
            <numerusform>%n errores, indicados abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>segmento %1</translation>
    </message>
    <message>
        <source>segment %1 (%2)</source>
        <translation>segmento %1 (%2)</translation>
    </message>
    <message>
        <source>Usage: cleanclaim [--db PATH] [--user NAME] kpi [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--by payer|provider|coder] [--json]
Prints the revenue-cycle measures over a period (default: the 30 days ending today).
</source>
        <translation>Uso: cleanclaim [--db RUTA] [--user NOMBRE] kpi [--from AAAA-MM-DD] [--to AAAA-MM-DD] [--by payer|provider|coder] [--json]
Muestra las medidas del ciclo de ingresos de un período (por defecto: los 30 días que terminan hoy).
</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A rate in the kpi table: &quot;93.5 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 days</source>
        <extracomment>Days in the kpi table: &quot;12.4 days&quot;</extracomment>
        <translation>%1 días</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numerador</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominador</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;Clean on first scrub: 187&quot; in the kpi table
----------
A group of the kpi breakdown: &quot;Payer: Medicare&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>kpi takes no file names.</source>
        <translation>kpi no admite nombres de archivo.</translation>
    </message>
    <message>
        <source>--to takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--to admite una fecha con el formato AAAA-MM-DD, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--from takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--from admite una fecha con el formato AAAA-MM-DD, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its last day %2: give a --from on or before --to.</source>
        <translation>El período empieza el %1, que es posterior a su último día, el %2: indique un --from igual o anterior a --to.</translation>
    </message>
    <message>
        <source>--by takes payer, provider or coder, not &quot;%1&quot;.</source>
        <translation>--by admite payer, provider o coder, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>Measures from %1 to %2</source>
        <translation>Medidas del %1 al %2</translation>
    </message>
    <message>
        <source>backup takes its file as --out FILE.</source>
        <translation>backup recibe su archivo como --out ARCHIVO.</translation>
    </message>
    <message>
        <source>backup needs --out FILE: where to write the copy.</source>
        <translation>backup necesita --out ARCHIVO: dónde escribir la copia.</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>Copia de seguridad hecha en %1 (%2).</translation>
    </message>
    <message>
        <source>restore takes one backup file: restore FILE.</source>
        <translation>restore recibe un archivo de copia de seguridad: restore ARCHIVO.</translation>
    </message>
    <message>
        <source>There is no practice at %1 to check --user against; restore without --user to create it from the backup.</source>
        <translation>No hay ningún consultorio en %1 con el que comprobar --user; restaure sin --user para crearlo a partir de la copia.</translation>
    </message>
    <message>
        <source>Restored %1 from %2: %3 audit rows verified, the newest from %4.</source>
        <translation>%1 restaurado desde %2: %3 filas de auditoría verificadas, la más reciente del %4.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>La base de datos reemplazada se conserva como %1.</translation>
    </message>
    <message>
        <source>copy-to takes one server address: copy-to postgresql://user@host:port/practice.</source>
        <translation>copy-to recibe una dirección de servidor: copy-to postgresql://usuario@servidor:puerto/consultorio.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña para %1: </translation>
    </message>
    <message>
        <source>Copied the practice to %1: %2 tables, %3 rows; the ledger totals %4 on both sides; the audit trail&apos;s %5 rows verify.</source>
        <translation>Consultorio copiado a %1: %2 tablas, %3 filas; el libro mayor suma %4 en ambos lados; las %5 filas del registro de auditoría se verifican.</translation>
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
  import-codes ncci-ptp FILE [FILE...] --release NAME
                        the CMS NCCI practitioner PTP edits (all parts)
  import-codes mue FILE --release NAME --effective YYYY-MM-DD
                        the CMS practitioner MUE values
  search-codes TEXT [--date YYYY-MM-DD] [--limit N]
                        code, kind, billable, description; one a line
  scrub [--input CLAIMS.json] [--json] [--today YYYY-MM-DD]
                        run the edits on a claims file, or on every claim
                        and coded encounter waiting for them
  export-837 [--input CLAIMS.json] --out FILE
                        write a claims file as one 837P, or the practice&apos;s
                        ready claims (one file per receiver; they become
                        submitted)
  import-ack FILE [--json]
                        read a 999 or 277CA onto the claims sent
  read-835 FILE [--json]
                        check an 835 remittance (no database needed)
  import-835 FILE [--json]
                        post an ERA (835) whole, or refuse it whole
  kpi [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--by payer|provider|coder] [--json]
                        the revenue-cycle measures over a period (default:
                        the 30 days ending today)
  backup --out FILE     a checked copy of the whole practice, taken while
                        others work; never writes over a file
  restore FILE          put a backup in place of the practice (no window may
                        have it open); the replaced database is kept
  copy-to postgresql://user@host:port/practice
                        copy the practice file to an empty practice on a
                        PostgreSQL server, and check the copy
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
  import-codes ncci-ptp ARCHIVO [ARCHIVO...] --release NOMBRE
                        las ediciones PTP de NCCI para profesionales de CMS (todas las partes)
  import-codes mue ARCHIVO --release NOMBRE --effective AAAA-MM-DD
                        los valores MUE para profesionales de CMS
  search-codes TEXTO [--date AAAA-MM-DD] [--limit N]
                        código, tipo, facturable, descripción; uno por línea
  scrub [--input RECLAMACIONES.json] [--json] [--today AAAA-MM-DD]
                        aplica las ediciones a un archivo de reclamaciones, o a todas
                        las reclamaciones y consultas codificadas pendientes de ellas
  export-837 [--input RECLAMACIONES.json] --out ARCHIVO
                        escribe un archivo de reclamaciones en un solo 837P, o las
                        reclamaciones listas del consultorio (un archivo por
                        receptor; pasan a enviadas)
  import-ack ARCHIVO [--json]
                        aplica un 999 o un 277CA a las reclamaciones enviadas
  read-835 ARCHIVO [--json]
                        verifica una remesa 835 (no necesita base de datos)
  import-835 ARCHIVO [--json]
                        registra una ERA (835) completa, o la rechaza completa
  kpi [--from AAAA-MM-DD] [--to AAAA-MM-DD] [--by payer|provider|coder] [--json]
                        las medidas del ciclo de ingresos de un período (por
                        defecto: los 30 días que terminan hoy)
  backup --out ARCHIVO  una copia comprobada de todo el consultorio, hecha
                        mientras otros trabajan; nunca escribe sobre un archivo
  restore ARCHIVO       pone una copia de seguridad en lugar del consultorio
                        (ninguna ventana puede tenerlo abierto); se conserva
                        la base de datos reemplazada
  copy-to postgresql://usuario@servidor:puerto/consultorio
                        copia el archivo del consultorio a un consultorio vacío
                        de un servidor PostgreSQL, y comprueba la copia
Códigos de salida: 0 terminado, 1 la entrada tiene errores, 2 error de uso, 3 la base de datos rechazó la operación.
</translation>
    </message>
    <message>
        <source>--db %1 names a kind of database server CleanClaim does not work with. Give the path of a practice file, or a PostgreSQL server as postgresql://user@host:port/practice.</source>
        <translation>--db %1 nombra un tipo de servidor de bases de datos con el que CleanClaim no trabaja. Indique la ruta de un archivo de consulta, o un servidor PostgreSQL como postgresql://usuario@host:puerto/consulta.</translation>
    </message>
    <message>
        <source>A practice is restored on a server into an empty database, which has no users to check --user against; restore without --user.</source>
        <translation>En un servidor, una consulta se restaura en una base de datos vacía, que no tiene usuarios con los que comprobar --user; restaure sin --user.</translation>
    </message>
</context>
<context>
    <name>cc::cms1500</name>
    <message>
        <source>MEDICARE</source>
        <translation>MEDICARE</translation>
    </message>
    <message>
        <source>MEDICAID</source>
        <translation>MEDICAID</translation>
    </message>
    <message>
        <source>TRICARE</source>
        <translation>TRICARE</translation>
    </message>
    <message>
        <source>CHAMPVA</source>
        <translation>CHAMPVA</translation>
    </message>
    <message>
        <source>GROUP HEALTH PLAN</source>
        <translation>GROUP HEALTH PLAN</translation>
    </message>
    <message>
        <source>FECA BLK LUNG</source>
        <translation>FECA BLK LUNG</translation>
    </message>
    <message>
        <source>OTHER</source>
        <translation>OTHER</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Self</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>YES</source>
        <translation>YES</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>SSN</source>
        <translation>SSN</translation>
    </message>
    <message>
        <source>EIN</source>
        <translation>EIN</translation>
    </message>
    <message>
        <source>SEX</source>
        <translation>SEX</translation>
    </message>
    <message>
        <source>PLACE (State)</source>
        <translation>PLACE (State)</translation>
    </message>
    <message>
        <source>SIGNED</source>
        <translation>SIGNED</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>ICD Ind.</source>
        <translation>ICD Ind.</translation>
    </message>
    <message>
        <source>From MM DD YY</source>
        <translation>From MM DD YY</translation>
    </message>
    <message>
        <source>To MM DD YY</source>
        <translation>To MM DD YY</translation>
    </message>
    <message>
        <source>CPT/HCPCS</source>
        <translation>CPT/HCPCS</translation>
    </message>
    <message>
        <source>MODIFIER</source>
        <translation>MODIFIER</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>INSURANCE PROGRAM</source>
        <translation>INSURANCE PROGRAM</translation>
    </message>
    <message>
        <source>INSURED&apos;S I.D. NUMBER (For Program in Item 1)</source>
        <translation>INSURED&apos;S I.D. NUMBER (For Program in Item 1)</translation>
    </message>
    <message>
        <source>PATIENT&apos;S NAME (Last Name, First Name, Middle Initial)</source>
        <translation>PATIENT&apos;S NAME (Last Name, First Name, Middle Initial)</translation>
    </message>
    <message>
        <source>PATIENT&apos;S BIRTH DATE</source>
        <translation>PATIENT&apos;S BIRTH DATE</translation>
    </message>
    <message>
        <source>INSURED&apos;S NAME (Last Name, First Name, Middle Initial)</source>
        <translation>INSURED&apos;S NAME (Last Name, First Name, Middle Initial)</translation>
    </message>
    <message>
        <source>PATIENT&apos;S ADDRESS (No., Street)</source>
        <translation>PATIENT&apos;S ADDRESS (No., Street)</translation>
    </message>
    <message>
        <source>PATIENT RELATIONSHIP TO INSURED</source>
        <translation>PATIENT RELATIONSHIP TO INSURED</translation>
    </message>
    <message>
        <source>INSURED&apos;S ADDRESS (No., Street)</source>
        <translation>INSURED&apos;S ADDRESS (No., Street)</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>CITY</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>ZIP CODE</source>
        <translation>ZIP CODE</translation>
    </message>
    <message>
        <source>TELEPHONE (Include Area Code)</source>
        <translation>TELEPHONE (Include Area Code)</translation>
    </message>
    <message>
        <source>RESERVED FOR NUCC USE</source>
        <translation>RESERVED FOR NUCC USE</translation>
    </message>
    <message>
        <source>OTHER INSURED&apos;S NAME</source>
        <translation>OTHER INSURED&apos;S NAME</translation>
    </message>
    <message>
        <source>IS PATIENT&apos;S CONDITION RELATED TO:</source>
        <translation>IS PATIENT&apos;S CONDITION RELATED TO:</translation>
    </message>
    <message>
        <source>INSURED&apos;S POLICY GROUP OR FECA NUMBER</source>
        <translation>INSURED&apos;S POLICY GROUP OR FECA NUMBER</translation>
    </message>
    <message>
        <source>OTHER INSURED&apos;S POLICY OR GROUP NUMBER</source>
        <translation>OTHER INSURED&apos;S POLICY OR GROUP NUMBER</translation>
    </message>
    <message>
        <source>EMPLOYMENT? (Current or Previous)</source>
        <translation>EMPLOYMENT? (Current or Previous)</translation>
    </message>
    <message>
        <source>INSURED&apos;S DATE OF BIRTH</source>
        <translation>INSURED&apos;S DATE OF BIRTH</translation>
    </message>
    <message>
        <source>AUTO ACCIDENT?</source>
        <translation>AUTO ACCIDENT?</translation>
    </message>
    <message>
        <source>OTHER CLAIM ID (Designated by NUCC)</source>
        <translation>OTHER CLAIM ID (Designated by NUCC)</translation>
    </message>
    <message>
        <source>OTHER ACCIDENT?</source>
        <translation>OTHER ACCIDENT?</translation>
    </message>
    <message>
        <source>INSURANCE PLAN NAME OR PROGRAM NAME</source>
        <translation>INSURANCE PLAN NAME OR PROGRAM NAME</translation>
    </message>
    <message>
        <source>CLAIM CODES (Designated by NUCC)</source>
        <translation>CLAIM CODES (Designated by NUCC)</translation>
    </message>
    <message>
        <source>IS THERE ANOTHER HEALTH BENEFIT PLAN?</source>
        <translation>IS THERE ANOTHER HEALTH BENEFIT PLAN?</translation>
    </message>
    <message>
        <source>PATIENT&apos;S OR AUTHORIZED PERSON&apos;S SIGNATURE. Authorizes the release of the medical information needed to process this claim.</source>
        <extracomment>Box 12 of the claim form, with a short wording of our own for the authorization.</extracomment>
        <translation>PATIENT&apos;S OR AUTHORIZED PERSON&apos;S SIGNATURE. Authorizes the release of the medical information needed to process this claim.</translation>
    </message>
    <message>
        <source>INSURED&apos;S OR AUTHORIZED PERSON&apos;S SIGNATURE. Authorizes payment of benefits to the physician or supplier.</source>
        <extracomment>Box 13 of the claim form, with a short wording of our own for the authorization.</extracomment>
        <translation>INSURED&apos;S OR AUTHORIZED PERSON&apos;S SIGNATURE. Authorizes payment of benefits to the physician or supplier.</translation>
    </message>
    <message>
        <source>DATE OF CURRENT ILLNESS, INJURY, OR PREGNANCY (LMP)</source>
        <translation>DATE OF CURRENT ILLNESS, INJURY, OR PREGNANCY (LMP)</translation>
    </message>
    <message>
        <source>OTHER DATE</source>
        <translation>OTHER DATE</translation>
    </message>
    <message>
        <source>DATES PATIENT UNABLE TO WORK IN CURRENT OCCUPATION</source>
        <translation>DATES PATIENT UNABLE TO WORK IN CURRENT OCCUPATION</translation>
    </message>
    <message>
        <source>NAME OF REFERRING PROVIDER OR OTHER SOURCE</source>
        <translation>NAME OF REFERRING PROVIDER OR OTHER SOURCE</translation>
    </message>
    <message>
        <source>OTHER ID</source>
        <translation>OTHER ID</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>HOSPITALIZATION DATES RELATED TO CURRENT SERVICES</source>
        <translation>HOSPITALIZATION DATES RELATED TO CURRENT SERVICES</translation>
    </message>
    <message>
        <source>ADDITIONAL CLAIM INFORMATION (Designated by NUCC)</source>
        <translation>ADDITIONAL CLAIM INFORMATION (Designated by NUCC)</translation>
    </message>
    <message>
        <source>OUTSIDE LAB? $ CHARGES</source>
        <translation>OUTSIDE LAB? $ CHARGES</translation>
    </message>
    <message>
        <source>DIAGNOSIS OR NATURE OF ILLNESS OR INJURY. Relate A-L to service line below (24E)</source>
        <translation>DIAGNOSIS OR NATURE OF ILLNESS OR INJURY. Relate A-L to service line below (24E)</translation>
    </message>
    <message>
        <source>RESUBMISSION CODE</source>
        <translation>RESUBMISSION CODE</translation>
    </message>
    <message>
        <source>ORIGINAL REF. NO.</source>
        <translation>ORIGINAL REF. NO.</translation>
    </message>
    <message>
        <source>PRIOR AUTHORIZATION NUMBER</source>
        <translation>PRIOR AUTHORIZATION NUMBER</translation>
    </message>
    <message>
        <source>DATE(S) OF SERVICE</source>
        <translation>DATE(S) OF SERVICE</translation>
    </message>
    <message>
        <source>PLACE OF SERVICE</source>
        <translation>PLACE OF SERVICE</translation>
    </message>
    <message>
        <source>EMG</source>
        <translation>EMG</translation>
    </message>
    <message>
        <source>PROCEDURES, SERVICES, OR SUPPLIES</source>
        <translation>PROCEDURES, SERVICES, OR SUPPLIES</translation>
    </message>
    <message>
        <source>DIAGNOSIS POINTER</source>
        <translation>DIAGNOSIS POINTER</translation>
    </message>
    <message>
        <source>$ CHARGES</source>
        <translation>$ CHARGES</translation>
    </message>
    <message>
        <source>DAYS OR UNITS</source>
        <translation>DAYS OR UNITS</translation>
    </message>
    <message>
        <source>EPSDT Family Plan</source>
        <translation>EPSDT Family Plan</translation>
    </message>
    <message>
        <source>ID. QUAL.</source>
        <translation>ID. QUAL.</translation>
    </message>
    <message>
        <source>RENDERING PROVIDER ID. #</source>
        <translation>RENDERING PROVIDER ID. #</translation>
    </message>
    <message>
        <source>FEDERAL TAX I.D. NUMBER</source>
        <translation>FEDERAL TAX I.D. NUMBER</translation>
    </message>
    <message>
        <source>PATIENT&apos;S ACCOUNT NO.</source>
        <translation>PATIENT&apos;S ACCOUNT NO.</translation>
    </message>
    <message>
        <source>ACCEPT ASSIGNMENT?</source>
        <translation>ACCEPT ASSIGNMENT?</translation>
    </message>
    <message>
        <source>TOTAL CHARGE</source>
        <translation>TOTAL CHARGE</translation>
    </message>
    <message>
        <source>AMOUNT PAID</source>
        <translation>AMOUNT PAID</translation>
    </message>
    <message>
        <source>Rsvd for NUCC Use</source>
        <translation>Rsvd for NUCC Use</translation>
    </message>
    <message>
        <source>SIGNATURE OF PHYSICIAN OR SUPPLIER INCLUDING DEGREES OR CREDENTIALS</source>
        <translation>SIGNATURE OF PHYSICIAN OR SUPPLIER INCLUDING DEGREES OR CREDENTIALS</translation>
    </message>
    <message>
        <source>SERVICE FACILITY LOCATION INFORMATION</source>
        <translation>SERVICE FACILITY LOCATION INFORMATION</translation>
    </message>
    <message>
        <source>BILLING PROVIDER INFO &amp; PH #</source>
        <translation>BILLING PROVIDER INFO &amp; PH #</translation>
    </message>
    <message>
        <source>PAYER</source>
        <translation>PAYER</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <source>SIGNATURE ON FILE</source>
        <extracomment>Printed in boxes 12 and 13 of the paper claim, as US payers expect it.</extracomment>
        <translation>SIGNATURE ON FILE</translation>
    </message>
    <message>
        <source>CONTINUED</source>
        <extracomment>Box 28 of every page but the last of a claim with more than six lines.</extracomment>
        <translation>CONTINUED</translation>
    </message>
    <message>
        <source>PAGE %1 OF %2</source>
        <translation>PAGE %1 OF %2</translation>
    </message>
    <message>
        <source>HEALTH INSURANCE CLAIM FORM</source>
        <translation>HEALTH INSURANCE CLAIM FORM</translation>
    </message>
    <message>
        <source>Field layout of the 1500 claim form (02/12)</source>
        <translation>Field layout of the 1500 claim form (02/12)</translation>
    </message>
    <message>
        <source>Printed by CleanClaim</source>
        <translation>Printed by CleanClaim</translation>
    </message>
    <message>
        <source>Claim %1 has no service lines, so there is no claim form to print. Add the services first.</source>
        <translation>La reclamación %1 no tiene líneas de servicio, así que no hay ningún formulario de reclamación que imprimir. Agregue primero los servicios.</translation>
    </message>
    <message>
        <source>The claim form cannot be drawn in this mode of CleanClaim.</source>
        <translation>El formulario de reclamación no se puede generar en este modo de CleanClaim.</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Claim %1</translation>
    </message>
    <message>
        <source>The claim form could not be drawn as a PDF.</source>
        <translation>No se pudo generar el formulario de reclamación como PDF.</translation>
    </message>
    <message>
        <source>Choose a file to save the claim form to.</source>
        <translation>Elija un archivo en el que guardar el formulario de reclamación.</translation>
    </message>
    <message>
        <source>The claim form could not be saved as %1: the folder cannot be written to. Choose another folder.</source>
        <translation>No se pudo guardar el formulario de reclamación como %1: no se puede escribir en la carpeta. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The claim form could not be saved as %1 (is the disk full?). Any file of that name was left as it was.</source>
        <translation>No se pudo guardar el formulario de reclamación como %1 (¿está lleno el disco?). Si ya había un archivo con ese nombre, se dejó como estaba.</translation>
    </message>
</context>
<context>
    <name>cc::codingaudit</name>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>An accuracy as a percentage, e.g. &quot;83.3 %&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>A service line&apos;s code and its units, e.g. &quot;96372 × 2&quot;.</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
</context>
<context>
    <name>cc::dashboardcharts</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n denial(s), %2 denied</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n denegación, monto denegado: %2</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n denegaciones, monto denegado: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Inicio de la semana</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, week of %2: %3&lt;br&gt;%4&lt;br&gt;%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, semana del %2: %3&lt;br&gt;%4&lt;br&gt;%5</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>Week labels on the trend chart (QDate format); a year is added past 40 weeks</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Denegaciones</translation>
    </message>
    <message>
        <source>Claim adjustment reason (CARC)</source>
        <translation>Motivo de ajuste de la reclamación (CARC)</translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation>% acumulado</translation>
    </message>
    <message>
        <source>A/R aging as of %1 — %2 owed</source>
        <translation>Antigüedad de cuentas por cobrar al %1 — %2 adeudado</translation>
    </message>
    <message>
        <source>A/R</source>
        <translation>Cuentas por cobrar</translation>
    </message>
    <message>
        <source>Days since the date of service</source>
        <translation>Días desde la fecha de servicio</translation>
    </message>
    <message>
        <source>Balance (dollars)</source>
        <translation>Saldo (dólares)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 days&lt;/b&gt;&lt;br&gt;%2 owed</source>
        <translation>&lt;b&gt;%1 días&lt;/b&gt;&lt;br&gt;%2 adeudado</translation>
    </message>
    <message>
        <source>Weekly trends</source>
        <translation>Tendencias semanales</translation>
    </message>
    <message>
        <source>Denial reasons (Pareto)</source>
        <translation>Motivos de denegación (Pareto)</translation>
    </message>
    <message>
        <source>Denials by payer</source>
        <translation>Denegaciones por pagador</translation>
    </message>
    <message>
        <source>Denials by service code</source>
        <translation>Denegaciones por código de servicio</translation>
    </message>
    <message>
        <source>Denials by coder</source>
        <translation>Denegaciones por codificador</translation>
    </message>
    <message>
        <source>A/R aging</source>
        <translation>Antigüedad de cuentas por cobrar</translation>
    </message>
    <message>
        <source>No claim was scrubbed, answered or adjudicated in this period, so there is no trend to draw. Choose a longer period.</source>
        <translation>En este período no se revisó, respondió ni adjudicó ninguna reclamación, así que no hay tendencia que trazar. Elija un período más largo.</translation>
    </message>
    <message>
        <source>Nothing is owed as of %1.</source>
        <translation>No se debe nada al %1.</translation>
    </message>
    <message>
        <source>No denials in this period.</source>
        <translation>No hay denegaciones en este período.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>cc::dashboardpdf</name>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>The period on the printed dashboard (QDate format)</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · page %2</source>
        <translation>%1 · página %2</translation>
    </message>
    <message>
        <source>Printed %1 by CleanClaim</source>
        <translation>Impreso el %1 por CleanClaim</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numerador</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominador</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Revenue cycle — %1</source>
        <translation>Ciclo de ingresos — %1</translation>
    </message>
    <message>
        <source>Measures of the period, as defined in the dashboard&apos;s tooltips.</source>
        <translation>Medidas del período, según se definen en las descripciones emergentes del panel de control.</translation>
    </message>
    <message>
        <source>Days in A/R and A/R over 90 days are taken as of %1. A measure with nothing counted in its denominator shows &quot;No data&quot;.</source>
        <translation>“Días en cuentas por cobrar” y “Cuentas por cobrar de más de 90 días” se calculan al %1. Una medida sin nada contabilizado en su denominador muestra “Sin datos”.</translation>
    </message>
    <message>
        <source>The dashboard could not be drawn as a PDF.</source>
        <translation>No se pudo generar el panel de control como PDF.</translation>
    </message>
    <message>
        <source>Choose a file to save the dashboard to.</source>
        <translation>Elija un archivo en el que guardar el panel de control.</translation>
    </message>
    <message>
        <source>The dashboard could not be saved as %1: the folder cannot be written to. Choose another folder.</source>
        <translation>No se pudo guardar el panel de control como %1: no se puede escribir en la carpeta. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The dashboard could not be saved as %1 (is the disk full?). Try another folder.</source>
        <translation>No se pudo guardar el panel de control como %1 (¿está lleno el disco?). Pruebe con otra carpeta.</translation>
    </message>
</context>
<context>
    <name>cc::denialaction</name>
    <message>
        <source>Resubmitted as a corrected claim</source>
        <translation>Reenviada como reclamación corregida</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Apelada</translation>
    </message>
    <message>
        <source>Appeal letter</source>
        <translation>Carta de apelación</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Saldo cancelado</translation>
    </message>
    <message>
        <source>Transferred to patient</source>
        <translation>Transferida al paciente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>cc::denialstate</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Reenviada</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Apelada</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Saldo cancelado</translation>
    </message>
    <message>
        <source>Transferred to patient</source>
        <translation>Transferida al paciente</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
</context>
<context>
    <name>cc::measureformat</name>
    <message>
        <source>%1 %</source>
        <extracomment>A rate on the dashboard: &quot;93.5 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 days</source>
        <extracomment>A number of days with one decimal: &quot;12.4 days&quot;</extracomment>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>target ≥ %1</source>
        <translation>meta ≥ %1</translation>
    </message>
    <message>
        <source>target ≤ %1</source>
        <translation>meta ≤ %1</translation>
    </message>
    <message>
        <source>✓ on target</source>
        <translation>✓ cumple la meta</translation>
    </message>
    <message>
        <source>✗ below target</source>
        <translation>✗ por debajo de la meta</translation>
    </message>
    <message>
        <source>✗ above target</source>
        <translation>✗ por encima de la meta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;Clean on first scrub: 187&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1: %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Numerator — %1</source>
        <translation>Numerador — %1</translation>
    </message>
    <message>
        <source>Denominator — %1</source>
        <translation>Denominador — %1</translation>
    </message>
    <message>
        <source>The ratio times 90: days of charges owed.</source>
        <translation>El cociente multiplicado por 90: días de cargos adeudados.</translation>
    </message>
    <message>
        <source>Counts: %1</source>
        <translation>Se cuentan: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No data: nothing in the period is counted in the denominator.</source>
        <translation>Sin datos: nada del período se cuenta en el denominador.</translation>
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
    <name>cc::remitcodes</name>
    <message>
        <source>Contractual obligation</source>
        <translation>Obligación contractual</translation>
    </message>
    <message>
        <source>Patient responsibility</source>
        <translation>Responsabilidad del paciente</translation>
    </message>
    <message>
        <source>Other adjustment</source>
        <translation>Otro ajuste</translation>
    </message>
    <message>
        <source>Payer-initiated reduction</source>
        <translation>Reducción iniciada por el pagador</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>Deducible</translation>
    </message>
    <message>
        <source>Coinsurance</source>
        <translation>Coseguro</translation>
    </message>
    <message>
        <source>Copay</source>
        <translation>Copago</translation>
    </message>
    <message>
        <source>A modifier is missing or does not fit the procedure code</source>
        <translation>Falta un modificador o no corresponde al código de procedimiento</translation>
    </message>
    <message>
        <source>The procedure code or bill type does not fit the place of service</source>
        <translation>El código de procedimiento o el tipo de factura no corresponde al lugar de servicio</translation>
    </message>
    <message>
        <source>The procedure does not fit the patient&apos;s age</source>
        <translation>El procedimiento no corresponde a la edad del paciente</translation>
    </message>
    <message>
        <source>The procedure does not fit the patient&apos;s sex</source>
        <translation>El procedimiento no corresponde al sexo del paciente</translation>
    </message>
    <message>
        <source>The procedure does not fit the provider&apos;s type or specialty</source>
        <translation>El procedimiento no corresponde al tipo o la especialidad del proveedor</translation>
    </message>
    <message>
        <source>The diagnosis does not fit the patient&apos;s age</source>
        <translation>El diagnóstico no corresponde a la edad del paciente</translation>
    </message>
    <message>
        <source>The diagnosis does not fit the patient&apos;s sex</source>
        <translation>El diagnóstico no corresponde al sexo del paciente</translation>
    </message>
    <message>
        <source>The diagnosis does not support the procedure</source>
        <translation>El diagnóstico no justifica el procedimiento</translation>
    </message>
    <message>
        <source>The date of death is before the date of service</source>
        <translation>La fecha de fallecimiento es anterior a la fecha de servicio</translation>
    </message>
    <message>
        <source>Authorization number missing or not valid</source>
        <translation>Número de autorización faltante o no válido</translation>
    </message>
    <message>
        <source>Claim lacks information or has billing errors</source>
        <translation>A la reclamación le falta información o tiene errores de facturación</translation>
    </message>
    <message>
        <source>Duplicate of a claim or service already sent</source>
        <translation>Duplicado de una reclamación o un servicio ya enviados</translation>
    </message>
    <message>
        <source>Work injury: bill the workers&apos; compensation carrier</source>
        <translation>Lesión laboral: facture a la aseguradora de compensación laboral</translation>
    </message>
    <message>
        <source>Injury covered by a liability carrier</source>
        <translation>Lesión cubierta por una aseguradora de responsabilidad civil</translation>
    </message>
    <message>
        <source>Injury covered by no-fault or auto insurance</source>
        <translation>Lesión cubierta por un seguro sin culpa (no-fault) o de automóvil</translation>
    </message>
    <message>
        <source>Another payer may be primary: coordination of benefits</source>
        <translation>Otro pagador podría ser el primario: coordinación de beneficios</translation>
    </message>
    <message>
        <source>Reduced by what the prior payer allowed or paid</source>
        <translation>Reducido por lo que permitió o pagó el pagador anterior</translation>
    </message>
    <message>
        <source>Covered by a capitation or managed-care agreement</source>
        <translation>Cubierto por un acuerdo de capitación o de atención administrada</translation>
    </message>
    <message>
        <source>Service before the coverage started</source>
        <translation>Servicio anterior al inicio de la cobertura</translation>
    </message>
    <message>
        <source>Service after the coverage ended</source>
        <translation>Servicio posterior al fin de la cobertura</translation>
    </message>
    <message>
        <source>Sent after the timely filing limit</source>
        <translation>Enviada después del plazo límite de presentación</translation>
    </message>
    <message>
        <source>The payer cannot find the patient as its member</source>
        <translation>El pagador no encuentra al paciente entre sus miembros</translation>
    </message>
    <message>
        <source>The payer says the patient is not an eligible dependent</source>
        <translation>Según el pagador, el paciente no es un dependiente elegible</translation>
    </message>
    <message>
        <source>The authorization was refused</source>
        <translation>Se denegó la autorización</translation>
    </message>
    <message>
        <source>Not emergency or urgent care</source>
        <translation>No es atención de emergencia ni de urgencia</translation>
    </message>
    <message>
        <source>Charge exceeds the fee schedule or contracted amount</source>
        <translation>El cargo supera la tabla de tarifas o el monto contratado</translation>
    </message>
    <message>
        <source>Routine or preventive service the plan does not cover</source>
        <translation>Servicio de rutina o preventivo que el plan no cubre</translation>
    </message>
    <message>
        <source>Not medically necessary in the payer&apos;s judgement</source>
        <translation>No es médicamente necesario a juicio del pagador</translation>
    </message>
    <message>
        <source>Pre-existing condition not covered</source>
        <translation>Afección preexistente no cubierta</translation>
    </message>
    <message>
        <source>An assistant or a second surgeon is not covered here</source>
        <translation>Aquí no se cubre un asistente ni un segundo cirujano</translation>
    </message>
    <message>
        <source>Experimental or investigational in the payer&apos;s view</source>
        <translation>Experimental o en investigación según el pagador</translation>
    </message>
    <message>
        <source>Not proven effective for this condition in the payer&apos;s view</source>
        <translation>Según el pagador, no está demostrada su eficacia para esta afección</translation>
    </message>
    <message>
        <source>Wrong place of service for this treatment</source>
        <translation>Lugar de servicio incorrecto para este tratamiento</translation>
    </message>
    <message>
        <source>Reduced by the multiple-procedure rules</source>
        <translation>Reducido por las reglas de procedimientos múltiples</translation>
    </message>
    <message>
        <source>Processed above the billed charge</source>
        <translation>Procesado por encima del cargo facturado</translation>
    </message>
    <message>
        <source>The plan&apos;s procedures were not followed</source>
        <translation>No se siguieron los procedimientos del plan</translation>
    </message>
    <message>
        <source>Not covered by the patient&apos;s plan</source>
        <translation>No cubierto por el plan del paciente</translation>
    </message>
    <message>
        <source>Included in the payment for another service (bundled)</source>
        <translation>Incluido en el pago de otro servicio (agrupado)</translation>
    </message>
    <message>
        <source>Paid to the patient or the insured</source>
        <translation>Pagado al paciente o al asegurado</translation>
    </message>
    <message>
        <source>A related or qualifying service is missing from the claim</source>
        <translation>Falta en la reclamación un servicio relacionado o que lo justifique</translation>
    </message>
    <message>
        <source>Not covered by this payer: send it to the right payer</source>
        <translation>No lo cubre este pagador: envíelo al pagador correcto</translation>
    </message>
    <message>
        <source>Billed before the date of service</source>
        <translation>Facturado antes de la fecha de servicio</translation>
    </message>
    <message>
        <source>The plan&apos;s benefit maximum has been reached</source>
        <translation>Se alcanzó el máximo de beneficios del plan</translation>
    </message>
    <message>
        <source>Error in how the claim was sent</source>
        <translation>Error en la forma de enviar la reclamación</translation>
    </message>
    <message>
        <source>The earlier payer&apos;s information is wrong</source>
        <translation>La información del pagador anterior es incorrecta</translation>
    </message>
    <message>
        <source>Discount negotiated for this claim</source>
        <translation>Descuento negociado para esta reclamación</translation>
    </message>
    <message>
        <source>Patient and insured name or member ID do not match</source>
        <translation>El nombre del paciente y del asegurado o el ID de miembro no coinciden</translation>
    </message>
    <message>
        <source>Diagnosis not valid on the date of service</source>
        <translation>Diagnóstico no válido en la fecha de servicio</translation>
    </message>
    <message>
        <source>The records do not support this level of service</source>
        <translation>Los expedientes no justifican este nivel de servicio</translation>
    </message>
    <message>
        <source>The records do not support this many services</source>
        <translation>Los expedientes no justifican esta cantidad de servicios</translation>
    </message>
    <message>
        <source>The diagnosis is not covered</source>
        <translation>El diagnóstico no está cubierto</translation>
    </message>
    <message>
        <source>Not paid when this kind of provider bills it</source>
        <translation>No se paga cuando lo factura este tipo de proveedor</translation>
    </message>
    <message>
        <source>Procedure code not valid on the date of service</source>
        <translation>Código de procedimiento no válido en la fecha de servicio</translation>
    </message>
    <message>
        <source>Modifier not valid on the date of service</source>
        <translation>Modificador no válido en la fecha de servicio</translation>
    </message>
    <message>
        <source>The referring provider may not refer this service</source>
        <translation>El proveedor que remite no puede remitir este servicio</translation>
    </message>
    <message>
        <source>The rendering provider may not be paid for this service</source>
        <translation>Al proveedor que prestó el servicio no se le puede pagar por este servicio</translation>
    </message>
    <message>
        <source>Unlisted code used where a specific code exists</source>
        <translation>Se usó un código no listado cuando existe un código específico</translation>
    </message>
    <message>
        <source>The payer reviewed it and kept its decision</source>
        <translation>El pagador lo revisó y mantuvo su decisión</translation>
    </message>
    <message>
        <source>Prior authorization or notification missing</source>
        <translation>Falta la autorización previa o la notificación</translation>
    </message>
    <message>
        <source>More than the prior authorization allows</source>
        <translation>Supera lo que permite la autorización previa</translation>
    </message>
    <message>
        <source>Revenue code and procedure code do not match</source>
        <translation>El código de ingresos y el código de procedimiento no coinciden</translation>
    </message>
    <message>
        <source>Service during a lapse in coverage</source>
        <translation>Servicio durante una interrupción de la cobertura</translation>
    </message>
    <message>
        <source>Not covered by the patient&apos;s current plan</source>
        <translation>No cubierto por el plan actual del paciente</translation>
    </message>
    <message>
        <source>NPI missing, incomplete or not valid</source>
        <translation>NPI faltante, incompleto o no válido</translation>
    </message>
    <message>
        <source>NPI does not match the payer&apos;s records</source>
        <translation>El NPI no coincide con los registros del pagador</translation>
    </message>
    <message>
        <source>More hours, days or units than allowed in this period</source>
        <translation>Más horas, días o unidades de los permitidos en este período</translation>
    </message>
    <message>
        <source>Information asked of the practice was not sent or was incomplete</source>
        <translation>La información solicitada al consultorio no se envió o estaba incompleta</translation>
    </message>
    <message>
        <source>Information asked of the patient was not sent or was incomplete</source>
        <translation>La información solicitada al paciente no se envió o estaba incompleta</translation>
    </message>
    <message>
        <source>This procedure is not paid separately</source>
        <translation>Este procedimiento no se paga por separado</translation>
    </message>
    <message>
        <source>These procedures may not be billed together (code pair rules)</source>
        <translation>Estos procedimientos no pueden facturarse juntos (reglas de pares de códigos)</translation>
    </message>
    <message>
        <source>Not done by an in-network or primary care provider</source>
        <translation>No lo realizó un proveedor de la red ni de atención primaria</translation>
    </message>
    <message>
        <source>The attachment sent was incomplete or could not be used</source>
        <translation>El documento adjunto enviado estaba incompleto o no se pudo usar</translation>
    </message>
    <message>
        <source>An attachment or records are needed</source>
        <translation>Se necesita un documento adjunto o los expedientes</translation>
    </message>
    <message>
        <source>Sequestration: federal payment reduction</source>
        <translation>Secuestro presupuestario: reducción federal del pago</translation>
    </message>
    <message>
        <source>Not payable under the patient&apos;s managed-care contract</source>
        <translation>No pagadero según el contrato de atención administrada del paciente</translation>
    </message>
    <message>
        <source>Claim or service denied: see the remark codes</source>
        <translation>Reclamación o servicio denegado: consulte los códigos de observación</translation>
    </message>
    <message>
        <source>Provider not certified or eligible for this service on this date</source>
        <translation>Proveedor no certificado ni elegible para este servicio en esta fecha</translation>
    </message>
    <message>
        <source>The patient is in hospice</source>
        <translation>El paciente está en cuidados paliativos (hospicio)</translation>
    </message>
    <message>
        <source>Needs a qualifying service that was not paid or not billed</source>
        <translation>Requiere un servicio que lo justifique que no se pagó o no se facturó</translation>
    </message>
    <message>
        <source>Does not qualify as a new patient visit</source>
        <translation>No califica como visita de paciente nuevo</translation>
    </message>
    <message>
        <source>Payment changed because of the diagnosis</source>
        <translation>Pago modificado debido al diagnóstico</translation>
    </message>
    <message>
        <source>Billed separately but paid as part of another service</source>
        <translation>Facturado por separado, pero pagado como parte de otro servicio</translation>
    </message>
    <message>
        <source>HCPCS code missing or not valid</source>
        <translation>Código HCPCS faltante o no válido</translation>
    </message>
    <message>
        <source>The records do not show a need for this level of service</source>
        <translation>Los expedientes no demuestran la necesidad de este nivel de servicio</translation>
    </message>
    <message>
        <source>Procedure code missing or not valid</source>
        <translation>Código de procedimiento faltante o no válido</translation>
    </message>
    <message>
        <source>Diagnosis missing or not valid</source>
        <translation>Diagnóstico faltante o no válido</translation>
    </message>
    <message>
        <source>Place of service missing or not valid</source>
        <translation>Lugar de servicio faltante o no válido</translation>
    </message>
    <message>
        <source>Charge missing or not valid</source>
        <translation>Cargo faltante o no válido</translation>
    </message>
    <message>
        <source>Not paid on the same day as a service already processed</source>
        <translation>No se paga el mismo día que un servicio ya procesado</translation>
    </message>
    <message>
        <source>Already paid for the same or a similar service in this period</source>
        <translation>Ya se pagó un servicio igual o similar en este período</translation>
    </message>
    <message>
        <source>The patient&apos;s records for this service are missing</source>
        <translation>Faltan los expedientes del paciente para este servicio</translation>
    </message>
    <message>
        <source>A secondary claim needs the primary payer&apos;s payment details</source>
        <translation>Una reclamación secundaria necesita los detalles de pago del pagador primario</translation>
    </message>
    <message>
        <source>Sent on to the patient&apos;s supplemental insurer</source>
        <translation>Traspasada a la aseguradora complementaria del paciente</translation>
    </message>
    <message>
        <source>The patient&apos;s name or member ID is missing or does not match</source>
        <translation>El nombre del paciente o el ID de miembro falta o no coincide</translation>
    </message>
    <message>
        <source>Type of bill missing or not valid</source>
        <translation>Tipo de factura faltante o no válido</translation>
    </message>
    <message>
        <source>The patient&apos;s Medicare number or SSN is missing or not valid</source>
        <translation>El número de Medicare o el SSN del paciente falta o no es válido</translation>
    </message>
    <message>
        <source>Principal diagnosis missing or not valid</source>
        <translation>Diagnóstico principal faltante o no válido</translation>
    </message>
    <message>
        <source>Claim could not be processed: fix it and send it as a new claim (no appeal)</source>
        <translation>No se pudo procesar la reclamación: corríjala y envíela como reclamación nueva (sin apelación)</translation>
    </message>
    <message>
        <source>The prior payer&apos;s EOB is missing or incomplete</source>
        <translation>Falta la EOB del pagador anterior o está incompleta</translation>
    </message>
    <message>
        <source>Paid at the contracted or fee schedule amount</source>
        <translation>Pagado según el monto contratado o de la tabla de tarifas</translation>
    </message>
    <message>
        <source>Part of the main procedure: not paid separately</source>
        <translation>Parte del procedimiento principal: no se paga por separado</translation>
    </message>
    <message>
        <source>Not paid with another service on the same date</source>
        <translation>No se paga junto con otro servicio en la misma fecha</translation>
    </message>
    <message>
        <source>The patient is not eligible for this service</source>
        <translation>El paciente no es elegible para este servicio</translation>
    </message>
    <message>
        <source>The claim does not match the services that were authorized</source>
        <translation>La reclamación no coincide con los servicios autorizados</translation>
    </message>
    <message>
        <source>Procedure code not right for the service or the date billed</source>
        <translation>Código de procedimiento incorrecto para el servicio o la fecha facturada</translation>
    </message>
    <message>
        <source>Decided by a local coverage policy (LCD)</source>
        <translation>Decidido según una política de cobertura local (LCD)</translation>
    </message>
    <message>
        <source>See the plan&apos;s benefit documents for limits on this service</source>
        <translation>Consulte los documentos de beneficios del plan para conocer los límites de este servicio</translation>
    </message>
    <message>
        <source>Does not meet the rules of the category it was billed under</source>
        <translation>No cumple las reglas de la categoría con la que se facturó</translation>
    </message>
    <message>
        <source>This decision cannot be appealed</source>
        <translation>Esta decisión no se puede apelar</translation>
    </message>
    <message>
        <source>Ordering provider&apos;s NPI missing or not valid</source>
        <translation>NPI del proveedor que ordena faltante o no válido</translation>
    </message>
    <message>
        <source>Referring provider&apos;s NPI missing or not valid</source>
        <translation>NPI del proveedor que remite faltante o no válido</translation>
    </message>
    <message>
        <source>Rendering provider&apos;s NPI missing or not valid</source>
        <translation>NPI del proveedor que presta el servicio faltante o no válido</translation>
    </message>
    <message>
        <source>More days or units than the payer allows</source>
        <translation>Más días o unidades de los que permite el pagador</translation>
    </message>
    <message>
        <source>Patient identifier missing or not valid</source>
        <translation>Identificador del paciente faltante o no válido</translation>
    </message>
    <message>
        <source>Decided by a national coverage policy (NCD)</source>
        <translation>Decidido según una política de cobertura nacional (NCD)</translation>
    </message>
    <message>
        <source>Excluded from coverage by law</source>
        <translation>Excluido de la cobertura por ley</translation>
    </message>
    <message>
        <source>Adjusted after a recovery audit</source>
        <translation>Ajustado tras una auditoría de recuperación</translation>
    </message>
    <message>
        <source>Send a new claim with the information asked for</source>
        <translation>Envíe una reclamación nueva con la información solicitada</translation>
    </message>
    <message>
        <source>Duplicate of a crossover claim</source>
        <translation>Duplicado de una reclamación traspasada automáticamente</translation>
    </message>
    <message>
        <source>Bill this with the code that fits the service</source>
        <translation>Facture esto con el código que corresponda al servicio</translation>
    </message>
    <message>
        <source>Processed as primary</source>
        <translation>Procesada como primaria</translation>
    </message>
    <message>
        <source>Processed as secondary</source>
        <translation>Procesada como secundaria</translation>
    </message>
    <message>
        <source>Processed as tertiary</source>
        <translation>Procesada como terciaria</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>Processed as primary, sent on to another payer</source>
        <translation>Procesada como primaria, traspasada a otro pagador</translation>
    </message>
    <message>
        <source>Processed as secondary, sent on to another payer</source>
        <translation>Procesada como secundaria, traspasada a otro pagador</translation>
    </message>
    <message>
        <source>Processed as tertiary, sent on to another payer</source>
        <translation>Procesada como terciaria, traspasada a otro pagador</translation>
    </message>
    <message>
        <source>Reversal of previous payment</source>
        <translation>Reversión del pago anterior</translation>
    </message>
    <message>
        <source>Not this payer&apos;s claim, sent on to another payer</source>
        <translation>No corresponde a este pagador, traspasada a otro pagador</translation>
    </message>
    <message>
        <source>Price estimate only, no payment</source>
        <translation>Solo estimación de precio, sin pago</translation>
    </message>
    <message>
        <source>Late charge</source>
        <translation>Recargo por mora</translation>
    </message>
    <message>
        <source>Interest penalty</source>
        <translation>Penalización por intereses</translation>
    </message>
    <message>
        <source>Authorized return</source>
        <translation>Devolución autorizada</translation>
    </message>
    <message>
        <source>Early payment allowance</source>
        <translation>Descuento por pago anticipado</translation>
    </message>
    <message>
        <source>Origination fee</source>
        <translation>Comisión de apertura</translation>
    </message>
    <message>
        <source>Applied to borrower&apos;s account</source>
        <translation>Aplicado a la cuenta del prestatario</translation>
    </message>
    <message>
        <source>Acceleration of benefits</source>
        <translation>Anticipo de beneficios</translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation>Bonificación</translation>
    </message>
    <message>
        <source>Recovery allowance</source>
        <translation>Asignación por recuperación</translation>
    </message>
    <message>
        <source>Bad debt</source>
        <translation>Deuda incobrable</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bono</translation>
    </message>
    <message>
        <source>Temporary allowance</source>
        <translation>Asignación temporal</translation>
    </message>
    <message>
        <source>Capitation interest</source>
        <translation>Intereses de capitación</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Capitation payment</source>
        <translation>Pago por capitación</translation>
    </message>
    <message>
        <source>Capital pass-through</source>
        <translation>Pago directo (pass-through) de capital</translation>
    </message>
    <message>
        <source>CRNA pass-through</source>
        <translation>Pago directo (pass-through) de CRNA</translation>
    </message>
    <message>
        <source>Direct medical education pass-through</source>
        <translation>Pago directo (pass-through) de educación médica directa</translation>
    </message>
    <message>
        <source>Withholding</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>Forwarding balance (recoupment)</source>
        <translation>Saldo transferido (recuperación)</translation>
    </message>
    <message>
        <source>Fund allocation</source>
        <translation>Asignación de fondos</translation>
    </message>
    <message>
        <source>Graduate medical education pass-through</source>
        <translation>Pago directo (pass-through) de educación médica de posgrado</translation>
    </message>
    <message>
        <source>Hemophilia clotting factor</source>
        <translation>Factor de coagulación para hemofilia</translation>
    </message>
    <message>
        <source>Incentive premium</source>
        <translation>Prima de incentivo</translation>
    </message>
    <message>
        <source>IRS withholding</source>
        <translation>Retención del IRS</translation>
    </message>
    <message>
        <source>Interim settlement</source>
        <translation>Liquidación provisional</translation>
    </message>
    <message>
        <source>Not reimbursable</source>
        <translation>No reembolsable</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Penalización</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>Levy</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <source>Lump sum</source>
        <translation>Suma global</translation>
    </message>
    <message>
        <source>Organ acquisition pass-through</source>
        <translation>Pago directo (pass-through) por adquisición de órganos</translation>
    </message>
    <message>
        <source>Offset for affiliated providers</source>
        <translation>Compensación por proveedores afiliados</translation>
    </message>
    <message>
        <source>Periodic interim payment</source>
        <translation>Pago provisional periódico</translation>
    </message>
    <message>
        <source>Final payment</source>
        <translation>Pago final</translation>
    </message>
    <message>
        <source>Retroactive adjustment</source>
        <translation>Ajuste retroactivo</translation>
    </message>
    <message>
        <source>Return on equity</source>
        <translation>Rendimiento sobre el capital</translation>
    </message>
    <message>
        <source>Student loan repayment</source>
        <translation>Pago de préstamo estudiantil</translation>
    </message>
    <message>
        <source>Third-party liability</source>
        <translation>Responsabilidad de terceros</translation>
    </message>
    <message>
        <source>Overpayment recovery</source>
        <translation>Recuperación de sobrepago</translation>
    </message>
    <message>
        <source>Unspecified recovery</source>
        <translation>Recuperación no especificada</translation>
    </message>
    <message>
        <source>Code not valid on the date of service</source>
        <translation>Código no válido en la fecha de servicio</translation>
    </message>
    <message>
        <source>Code not billable (a category)</source>
        <translation>Código no facturable (una categoría)</translation>
    </message>
    <message>
        <source>Diagnosis does not support the service</source>
        <translation>El diagnóstico no respalda el servicio</translation>
    </message>
    <message>
        <source>Code pair bundled (NCCI)</source>
        <translation>Par de códigos agrupado (NCCI)</translation>
    </message>
    <message>
        <source>Units over the limit (MUE)</source>
        <translation>Unidades por encima del límite (MUE)</translation>
    </message>
    <message>
        <source>Code does not fit the patient&apos;s age</source>
        <translation>El código no corresponde a la edad del paciente</translation>
    </message>
    <message>
        <source>Code does not fit the patient&apos;s sex</source>
        <translation>El código no corresponde al sexo del paciente</translation>
    </message>
    <message>
        <source>Manifestation code listed first</source>
        <translation>Código de manifestación en primer lugar</translation>
    </message>
    <message>
        <source>Modifier 25 missing</source>
        <translation>Falta el modificador 25</translation>
    </message>
    <message>
        <source>Modifier missing or wrong</source>
        <translation>Falta un modificador o es incorrecto</translation>
    </message>
    <message>
        <source>Diagnosis pointer wrong</source>
        <translation>Puntero de diagnóstico incorrecto</translation>
    </message>
    <message>
        <source>More than 12 diagnoses</source>
        <translation>Más de 12 diagnósticos</translation>
    </message>
    <message>
        <source>NPI not valid</source>
        <translation>NPI no válido</translation>
    </message>
    <message>
        <source>Claim data missing</source>
        <translation>Faltan datos de la reclamación</translation>
    </message>
    <message>
        <source>Prior authorization missing</source>
        <translation>Falta la autorización previa</translation>
    </message>
    <message>
        <source>Past the timely filing limit</source>
        <translation>Fuera del plazo de presentación oportuna</translation>
    </message>
    <message>
        <source>Date of service in the future</source>
        <translation>Fecha de servicio en el futuro</translation>
    </message>
    <message>
        <source>Duplicate service or claim</source>
        <translation>Servicio o reclamación duplicados</translation>
    </message>
    <message>
        <source>Unspecified code</source>
        <translation>Código no especificado</translation>
    </message>
    <message>
        <source>Payer rule</source>
        <translation>Regla del pagador</translation>
    </message>
    <message>
        <source>Choose codes from the code set in force on the date of service: check for new, changed and deleted codes at each code-set update.</source>
        <translation>Elija códigos del conjunto de códigos vigente en la fecha de servicio: revise los códigos nuevos, modificados y eliminados en cada actualización del conjunto de códigos.</translation>
    </message>
    <message>
        <source>A category is not billable: choose the billable code under it that the note supports.</source>
        <translation>Una categoría no es facturable: elija el código facturable que esté bajo ella y que la nota respalde.</translation>
    </message>
    <message>
        <source>Point each service to a diagnosis the note documents as its reason and the payer&apos;s coverage policy lists; query the provider when the indication is missing.</source>
        <translation>Haga que cada servicio apunte a un diagnóstico que la nota documente como su motivo y que figure en la política de cobertura del pagador; envíe una solicitud de aclaración al proveedor cuando falte la indicación.</translation>
    </message>
    <message>
        <source>Check the code pair against NCCI: bill the bundled service only when the note documents a separate service, with the modifier that says why.</source>
        <translation>Compare el par de códigos con NCCI: facture el servicio incluido (bundled) solo cuando la nota documente un servicio separado, con el modificador que indique el motivo.</translation>
    </message>
    <message>
        <source>Check the units against the note and the code&apos;s medically unlikely edit for the day.</source>
        <translation>Compare las unidades con la nota y con la edición de unidades médicamente improbables (MUE) del código para el día.</translation>
    </message>
    <message>
        <source>Check the code against the patient&apos;s age and the date of birth in registration.</source>
        <translation>Compare el código con la edad del paciente y con la fecha de nacimiento del registro de admisión.</translation>
    </message>
    <message>
        <source>Check the code against the patient&apos;s sex in registration.</source>
        <translation>Compare el código con el sexo del paciente en el registro de admisión.</translation>
    </message>
    <message>
        <source>Put the underlying condition first and the manifestation after it.</source>
        <translation>Ponga primero la afección subyacente y después la manifestación.</translation>
    </message>
    <message>
        <source>Add modifier 25 to a visit billed with a procedure on the same day if the note documents a significant, separately identifiable visit.</source>
        <translation>Agregue el modificador 25 a una visita facturada con un procedimiento el mismo día si la nota documenta una visita significativa e identificable por separado.</translation>
    </message>
    <message>
        <source>Check each modifier against the code, the note and the payer&apos;s list: a missing, wrong or retired modifier denies the line.</source>
        <translation>Compare cada modificador con el código, la nota y la lista del pagador: un modificador faltante, incorrecto o retirado hace que se deniegue la línea.</translation>
    </message>
    <message>
        <source>Point each line to one to four of the claim&apos;s diagnoses that support it.</source>
        <translation>Haga que cada línea apunte a entre uno y cuatro de los diagnósticos de la reclamación que la respalden.</translation>
    </message>
    <message>
        <source>Keep the 12 diagnoses the services point to; split the claim if more are needed.</source>
        <translation>Conserve los 12 diagnósticos a los que apuntan los servicios; si se necesitan más, divida la reclamación.</translation>
    </message>
    <message>
        <source>Code the detail the note documents, or query the provider.</source>
        <translation>Codifique el detalle que documenta la nota, o envíe una solicitud de aclaración al proveedor.</translation>
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
    <message>
        <source>write payer rules</source>
        <translation>escribir reglas del pagador</translation>
    </message>
    <message>
        <source>draw a coding audit sample</source>
        <translation>extraer una muestra para auditoría de codificación</translation>
    </message>
    <message>
        <source>recode an audited encounter</source>
        <translation>recodificar una consulta auditada</translation>
    </message>
    <message>
        <source>back up the practice</source>
        <translation>hacer una copia de seguridad del consultorio</translation>
    </message>
</context>
<context>
    <name>cc::statementpdf</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Insurance paid</source>
        <translation>Seguro pagó</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>You paid</source>
        <translation>Usted pagó</translation>
    </message>
    <message>
        <source>You owe</source>
        <translation>Usted debe</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>STATEMENT</source>
        <translation>ESTADO DE CUENTA</translation>
    </message>
    <message>
        <source>Statement date: %1</source>
        <translation>Fecha del estado de cuenta: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Statement for</source>
        <translation>Estado de cuenta de</translation>
    </message>
    <message>
        <source>Past due: please call us to arrange payment.</source>
        <translation>Vencido: llámenos para acordar el pago.</translation>
    </message>
    <message>
        <source>This is your %1 statement for this balance.</source>
        <translation>Este es su %1 estado de cuenta para este saldo.</translation>
    </message>
    <message>
        <source>This is your %1 statement for this balance. Please pay the amount due.</source>
        <translation>Este es su %1 estado de cuenta para este saldo. Pague el monto adeudado.</translation>
    </message>
    <message numerus="yes">
        <source>%n more visit(s) are still with insurance and not on this statement.</source>
        <translation>
            <numerusform>%n visita más sigue con el seguro y no figura en este estado de cuenta.</numerusform>
            <numerusform>%n visitas más siguen con el seguro y no figuran en este estado de cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Current (0–30 days): %1   31–60: %2   61–90: %3   91–120: %4   Over 120: %5</source>
        <extracomment>aging of the amount due by date of service</extracomment>
        <translation>Actual (0–30 días): %1   31–60: %2   61–90: %3   91–120: %4   Más de 120: %5</translation>
    </message>
    <message>
        <source>Total due: %1</source>
        <translation>Total adeudado: %1</translation>
    </message>
    <message>
        <source>Please detach and return this part with your payment.</source>
        <translation>Desprenda y devuelva esta parte con su pago.</translation>
    </message>
    <message>
        <source>Make checks payable to:</source>
        <translation>Emita los cheques a nombre de:</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Paciente: %1</translation>
    </message>
    <message>
        <source>Amount due: %1</source>
        <translation>Monto adeudado: %1</translation>
    </message>
    <message>
        <source>Amount enclosed: $</source>
        <translation>Monto adjunto: $</translation>
    </message>
    <message>
        <source>%1st</source>
        <translation>%1.er</translation>
    </message>
    <message>
        <source>%1nd</source>
        <translation>%1.º</translation>
    </message>
    <message>
        <source>%1rd</source>
        <translation>%1.er</translation>
    </message>
    <message>
        <source>%1th</source>
        <translation>%1.º</translation>
    </message>
    <message>
        <source>Continued on the next page.</source>
        <translation>Continúa en la página siguiente.</translation>
    </message>
    <message>
        <source>There is no statement to print.</source>
        <translation>No hay ningún estado de cuenta que imprimir.</translation>
    </message>
    <message>
        <source>Statements cannot be drawn in this mode of CleanClaim.</source>
        <translation>Los estados de cuenta no se pueden generar en este modo de CleanClaim.</translation>
    </message>
    <message>
        <source>Patient statements</source>
        <translation>Estados de cuenta de pacientes</translation>
    </message>
    <message>
        <source>The statements could not be drawn as a PDF.</source>
        <translation>No se pudieron generar los estados de cuenta como PDF.</translation>
    </message>
    <message>
        <source>Choose a file to save the statements to.</source>
        <translation>Elija un archivo en el que guardar los estados de cuenta.</translation>
    </message>
    <message>
        <source>The statements could not be saved as %1: the folder cannot be written to. Choose another folder.</source>
        <translation>No se pudieron guardar los estados de cuenta como %1: no se puede escribir en la carpeta. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The statements could not be saved as %1 (is the disk full?). Any file of that name was left as it was.</source>
        <translation>No se pudieron guardar los estados de cuenta como %1 (¿está lleno el disco?). Si ya existía un archivo con ese nombre, se dejó como estaba.</translation>
    </message>
</context>
<context>
    <name>cc::x12::AckReader</name>
    <message>
        <source>Accepted.</source>
        <translation>Aceptado.</translation>
    </message>
    <message>
        <source>Accepted, but errors were noted.</source>
        <translation>Aceptado, pero se señalaron errores.</translation>
    </message>
    <message>
        <source>Partially accepted: at least one transaction set was rejected.</source>
        <translation>Aceptado parcialmente: se rechazó al menos un conjunto de transacciones.</translation>
    </message>
    <message>
        <source>Rejected: the message authentication code (MAC) failed.</source>
        <translation>Rechazado: falló el código de autenticación del mensaje (MAC).</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Rechazado.</translation>
    </message>
    <message>
        <source>Rejected: assurance failed validity tests.</source>
        <translation>Rechazado: la garantía no superó las pruebas de validez.</translation>
    </message>
    <message>
        <source>Rejected: the content could not be analyzed after decryption.</source>
        <translation>Rechazado: no se pudo analizar el contenido después de descifrarlo.</translation>
    </message>
    <message>
        <source>Unknown acknowledgement code “%1”.</source>
        <translation>Código de acuse de recibo desconocido “%1”.</translation>
    </message>
    <message>
        <source>The segment id is not recognized.</source>
        <translation>No se reconoce el identificador del segmento.</translation>
    </message>
    <message>
        <source>The segment is not expected at this place.</source>
        <translation>El segmento no se esperaba en esta posición.</translation>
    </message>
    <message>
        <source>A required segment is missing.</source>
        <translation>Falta un segmento obligatorio.</translation>
    </message>
    <message>
        <source>The loop occurs more times than allowed.</source>
        <translation>El bucle aparece más veces de las permitidas.</translation>
    </message>
    <message>
        <source>The segment occurs more times than allowed.</source>
        <translation>El segmento aparece más veces de las permitidas.</translation>
    </message>
    <message>
        <source>The segment is not defined in this transaction set.</source>
        <translation>El segmento no está definido en este conjunto de transacciones.</translation>
    </message>
    <message>
        <source>The segment is out of order.</source>
        <translation>El segmento está fuera de orden.</translation>
    </message>
    <message>
        <source>The segment has errors in its elements (see the element errors).</source>
        <translation>El segmento tiene errores en sus elementos (consulte los errores de elemento).</translation>
    </message>
    <message>
        <source>The implementation guide marks this segment “Not Used”, yet it is present.</source>
        <translation>La guía de implementación marca este segmento como “Not Used” (no usado), pero está presente.</translation>
    </message>
    <message>
        <source>A segment the implementation guide requires in this situation is missing.</source>
        <translation>Falta un segmento que la guía de implementación exige en esta situación.</translation>
    </message>
    <message>
        <source>The loop occurs fewer times than the implementation guide requires.</source>
        <translation>El bucle aparece menos veces de las que exige la guía de implementación.</translation>
    </message>
    <message>
        <source>The segment occurs fewer times than the implementation guide requires.</source>
        <translation>El segmento aparece menos veces de las que exige la guía de implementación.</translation>
    </message>
    <message>
        <source>The implementation guide says this segment must not be sent in this situation, yet it is present.</source>
        <translation>La guía de implementación indica que este segmento no debe enviarse en esta situación, pero está presente.</translation>
    </message>
    <message>
        <source>Segment error code “%1” (not in the 999 code list).</source>
        <translation>Código de error de segmento “%1” (no figura en la lista de códigos del 999).</translation>
    </message>
    <message>
        <source>A required element is missing.</source>
        <translation>Falta un elemento obligatorio.</translation>
    </message>
    <message>
        <source>A conditionally required element is missing.</source>
        <translation>Falta un elemento obligatorio condicional.</translation>
    </message>
    <message>
        <source>The segment has too many elements.</source>
        <translation>El segmento tiene demasiados elementos.</translation>
    </message>
    <message>
        <source>The value is too short.</source>
        <translation>El valor es demasiado corto.</translation>
    </message>
    <message>
        <source>The value is too long.</source>
        <translation>El valor es demasiado largo.</translation>
    </message>
    <message>
        <source>The value contains an invalid character.</source>
        <translation>El valor contiene un carácter no válido.</translation>
    </message>
    <message>
        <source>The value is not a valid code for this element.</source>
        <translation>El valor no es un código válido para este elemento.</translation>
    </message>
    <message>
        <source>The date is invalid.</source>
        <translation>La fecha no es válida.</translation>
    </message>
    <message>
        <source>The time is invalid.</source>
        <translation>La hora no es válida.</translation>
    </message>
    <message>
        <source>The element must not be present together with another element (exclusion condition violated).</source>
        <translation>El elemento no debe estar presente junto con otro elemento (se infringió una condición de exclusión).</translation>
    </message>
    <message>
        <source>The element repeats more times than allowed.</source>
        <translation>El elemento se repite más veces de las permitidas.</translation>
    </message>
    <message>
        <source>The element has too many components.</source>
        <translation>El elemento tiene demasiados componentes.</translation>
    </message>
    <message>
        <source>The code is valid in X12 but not used by this implementation guide.</source>
        <translation>El código es válido en X12, pero esta guía de implementación no lo usa.</translation>
    </message>
    <message>
        <source>An element the implementation guide requires in this situation is missing.</source>
        <translation>Falta un elemento que la guía de implementación exige en esta situación.</translation>
    </message>
    <message>
        <source>The implementation guide marks this element “Not Used”, yet it is present.</source>
        <translation>La guía de implementación marca este elemento como “Not Used” (no usado), pero está presente.</translation>
    </message>
    <message>
        <source>The element repeats fewer times than the implementation guide requires.</source>
        <translation>El elemento se repite menos veces de las que exige la guía de implementación.</translation>
    </message>
    <message>
        <source>The value does not match the pattern the implementation guide requires.</source>
        <translation>El valor no coincide con el patrón que exige la guía de implementación.</translation>
    </message>
    <message>
        <source>The implementation guide says this element must not be sent in this situation, yet it is present.</source>
        <translation>La guía de implementación indica que este elemento no debe enviarse en esta situación, pero está presente.</translation>
    </message>
    <message>
        <source>Element error code “%1” (not in the 999 code list).</source>
        <translation>Código de error de elemento “%1” (no figura en la lista de códigos del 999).</translation>
    </message>
    <message>
        <source>The transaction set is not supported.</source>
        <translation>No se admite el conjunto de transacciones.</translation>
    </message>
    <message>
        <source>The transaction set trailer (SE) is missing.</source>
        <translation>Falta el cierre del conjunto de transacciones (SE).</translation>
    </message>
    <message>
        <source>The control numbers in ST and SE do not match.</source>
        <translation>Los números de control de ST y SE no coinciden.</translation>
    </message>
    <message>
        <source>The segment count in SE does not match the actual count.</source>
        <translation>El recuento de segmentos de SE no coincide con el recuento real.</translation>
    </message>
    <message>
        <source>One or more segments are in error.</source>
        <translation>Uno o más segmentos tienen errores.</translation>
    </message>
    <message>
        <source>The transaction set identifier is missing or invalid.</source>
        <translation>Falta el identificador del conjunto de transacciones o no es válido.</translation>
    </message>
    <message>
        <source>The transaction set control number is missing or invalid.</source>
        <translation>Falta el número de control del conjunto de transacciones o no es válido.</translation>
    </message>
    <message>
        <source>The transaction set is not inside a functional group.</source>
        <translation>El conjunto de transacciones no está dentro de un grupo funcional.</translation>
    </message>
    <message>
        <source>The implementation convention reference (ST03) is invalid.</source>
        <translation>La referencia de la convención de implementación (ST03) no es válida.</translation>
    </message>
    <message>
        <source>The transaction set control number is not unique within the group.</source>
        <translation>El número de control del conjunto de transacciones no es único dentro del grupo.</translation>
    </message>
    <message>
        <source>One or more segments break the implementation guide.</source>
        <translation>Uno o más segmentos no cumplen la guía de implementación.</translation>
    </message>
    <message>
        <source>The implementation convention is not supported.</source>
        <translation>No se admite la convención de implementación.</translation>
    </message>
    <message>
        <source>Transaction set error code “%1”.</source>
        <translation>Código de error del conjunto de transacciones “%1”.</translation>
    </message>
    <message>
        <source>The functional group is not supported.</source>
        <translation>No se admite el grupo funcional.</translation>
    </message>
    <message>
        <source>The functional group version is not supported.</source>
        <translation>No se admite la versión del grupo funcional.</translation>
    </message>
    <message>
        <source>The functional group trailer (GE) is missing.</source>
        <translation>Falta el cierre del grupo funcional (GE).</translation>
    </message>
    <message>
        <source>The group control numbers in GS and GE do not agree.</source>
        <translation>Los números de control de grupo de GS y GE no concuerdan.</translation>
    </message>
    <message>
        <source>The number of transaction sets in GE does not match the actual count.</source>
        <translation>El número de conjuntos de transacciones de GE no coincide con el recuento real.</translation>
    </message>
    <message>
        <source>The group control number is not valid.</source>
        <translation>El número de control de grupo no es válido.</translation>
    </message>
    <message>
        <source>The group control number is not unique within the interchange.</source>
        <translation>El número de control de grupo no es único dentro del intercambio.</translation>
    </message>
    <message>
        <source>Functional group error code “%1”.</source>
        <translation>Código de error del grupo funcional “%1”.</translation>
    </message>
    <message>
        <source>Forwarded: the claim was passed on to another entity.</source>
        <translation>Reenviada: la reclamación se transfirió a otra entidad.</translation>
    </message>
    <message>
        <source>Received: the claim was received; this does not yet mean it was accepted for adjudication.</source>
        <translation>Recibida: se recibió la reclamación; esto todavía no significa que se haya aceptado para adjudicación.</translation>
    </message>
    <message>
        <source>Accepted into the payer&apos;s adjudication system.</source>
        <translation>Aceptada en el sistema de adjudicación del pagador.</translation>
    </message>
    <message>
        <source>Returned as unprocessable: correct and send the claim again.</source>
        <translation>Devuelta por no procesable: corrija la reclamación y envíela de nuevo.</translation>
    </message>
    <message>
        <source>Not found: the claim could not be found.</source>
        <translation>No encontrada: no se pudo encontrar la reclamación.</translation>
    </message>
    <message>
        <source>Split: the claim was split into separate claims for processing.</source>
        <translation>Dividida: la reclamación se dividió en reclamaciones separadas para su procesamiento.</translation>
    </message>
    <message>
        <source>Rejected for missing information: add it and send the claim again.</source>
        <translation>Rechazada por falta de información: agréguela y envíe la reclamación de nuevo.</translation>
    </message>
    <message>
        <source>Rejected for invalid information: correct it and send the claim again.</source>
        <translation>Rechazada por información no válida: corríjala y envíe la reclamación de nuevo.</translation>
    </message>
    <message>
        <source>Rejected for a relational field in error: two fields do not agree.</source>
        <translation>Rechazada por un campo relacional con error: dos campos no concuerdan.</translation>
    </message>
    <message>
        <source>No answer possible: the submitted request has errors.</source>
        <translation>No es posible responder: la solicitud enviada tiene errores.</translation>
    </message>
    <message>
        <source>No answer possible: the system is unavailable.</source>
        <translation>No es posible responder: el sistema no está disponible.</translation>
    </message>
    <message>
        <source>Information holder is not responding; resubmit later.</source>
        <translation>El titular de la información no responde; vuelva a enviar más tarde.</translation>
    </message>
    <message>
        <source>Correction required: relational fields in error.</source>
        <translation>Se requiere corrección: campos relacionales con error.</translation>
    </message>
    <message>
        <source>Trading partner agreement specific requirement not met.</source>
        <translation>No se cumple un requisito específico del acuerdo con el socio comercial.</translation>
    </message>
    <message>
        <source>Pending: adjudication or review.</source>
        <translation>Pendiente: adjudicación o revisión.</translation>
    </message>
    <message>
        <source>Pending: in process.</source>
        <translation>Pendiente: en proceso.</translation>
    </message>
    <message>
        <source>Pending: payer review.</source>
        <translation>Pendiente: revisión del pagador.</translation>
    </message>
    <message>
        <source>Pending: provider requested information.</source>
        <translation>Pendiente: información solicitada al proveedor.</translation>
    </message>
    <message>
        <source>Pending: patient requested information.</source>
        <translation>Pendiente: información solicitada al paciente.</translation>
    </message>
    <message>
        <source>Finalized.</source>
        <translation>Finalizada.</translation>
    </message>
    <message>
        <source>Finalized: payment.</source>
        <translation>Finalizada: pago.</translation>
    </message>
    <message>
        <source>Finalized: denial.</source>
        <translation>Finalizada: denegación.</translation>
    </message>
    <message>
        <source>Status category “%1”.</source>
        <translation>Categoría de estado “%1”.</translation>
    </message>
    <message>
        <source>Cannot provide further status electronically.</source>
        <translation>No se puede proporcionar más información de estado por vía electrónica.</translation>
    </message>
    <message>
        <source>For more detailed information, see the remittance advice.</source>
        <translation>Para obtener información más detallada, consulte el aviso de remesa.</translation>
    </message>
    <message>
        <source>More detailed information in a letter.</source>
        <translation>Información más detallada por carta.</translation>
    </message>
    <message>
        <source>The claim has been adjudicated and is awaiting the payment cycle.</source>
        <translation>La reclamación se adjudicó y está en espera del ciclo de pago.</translation>
    </message>
    <message>
        <source>The claim has been forwarded to an entity.</source>
        <translation>La reclamación se reenvió a una entidad.</translation>
    </message>
    <message>
        <source>The entity acknowledges receipt of the claim.</source>
        <translation>La entidad acusa recibo de la reclamación.</translation>
    </message>
    <message>
        <source>Accepted for processing.</source>
        <translation>Aceptada para procesamiento.</translation>
    </message>
    <message>
        <source>Missing or invalid information.</source>
        <translation>Información faltante o no válida.</translation>
    </message>
    <message>
        <source>Returned to the entity.</source>
        <translation>Devuelta a la entidad.</translation>
    </message>
    <message>
        <source>The entity is not approved as an electronic submitter.</source>
        <translation>La entidad no está aprobada como remitente electrónico.</translation>
    </message>
    <message>
        <source>The entity is not approved.</source>
        <translation>La entidad no está aprobada.</translation>
    </message>
    <message>
        <source>The entity was not found.</source>
        <translation>No se encontró la entidad.</translation>
    </message>
    <message>
        <source>The policy was cancelled.</source>
        <translation>La póliza fue cancelada.</translation>
    </message>
    <message>
        <source>Subscriber and policy number do not match.</source>
        <translation>El suscriptor y el número de póliza no coinciden.</translation>
    </message>
    <message>
        <source>Subscriber and subscriber id do not match.</source>
        <translation>El suscriptor y el ID del suscriptor no coinciden.</translation>
    </message>
    <message>
        <source>The claim was not found.</source>
        <translation>No se encontró la reclamación.</translation>
    </message>
    <message>
        <source>The claim was sent to the wrong payer.</source>
        <translation>La reclamación se envió al pagador equivocado.</translation>
    </message>
    <message>
        <source>Date(s) of service.</source>
        <translation>Fecha(s) de servicio.</translation>
    </message>
    <message>
        <source>The entity&apos;s National Provider Identifier (NPI).</source>
        <translation>El identificador nacional de proveedor (NPI) de la entidad.</translation>
    </message>
    <message>
        <source>Status code %1 (see the payer&apos;s claim status code list).</source>
        <translation>Código de estado %1 (consulte la lista de códigos de estado de reclamación del pagador).</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>receptor</translation>
    </message>
    <message>
        <source>submitter</source>
        <translation>remitente</translation>
    </message>
    <message>
        <source>service location</source>
        <translation>ubicación del servicio</translation>
    </message>
    <message>
        <source>rendering provider</source>
        <translation>proveedor que prestó el servicio</translation>
    </message>
    <message>
        <source>billing provider</source>
        <translation>proveedor de facturación</translation>
    </message>
    <message>
        <source>pay-to provider</source>
        <translation>proveedor beneficiario del pago</translation>
    </message>
    <message>
        <source>referring provider</source>
        <translation>proveedor que refiere</translation>
    </message>
    <message>
        <source>supervising provider</source>
        <translation>proveedor supervisor</translation>
    </message>
    <message>
        <source>subscriber</source>
        <translation>suscriptor</translation>
    </message>
    <message>
        <source>payer</source>
        <translation>pagador</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>entity %1</source>
        <translation>entidad %1</translation>
    </message>
    <message>
        <source>This file is not a 999 acknowledgement (it holds: %1).</source>
        <translation>Este archivo no es un acuse de recibo 999 (contiene: %1).</translation>
    </message>
    <message>
        <source>a segment error comes before any transaction set (AK2).</source>
        <translation>aparece un error de segmento antes de cualquier conjunto de transacciones (AK2).</translation>
    </message>
    <message>
        <source>an element error comes before any segment error (IK3).</source>
        <translation>aparece un error de elemento antes de cualquier error de segmento (IK3).</translation>
    </message>
    <message>
        <source>a transaction set response comes before any transaction set (AK2).</source>
        <translation>aparece una respuesta de conjunto de transacciones antes de cualquier conjunto de transacciones (AK2).</translation>
    </message>
    <message>
        <source>The acknowledgement of transaction set %1 has no response code (IK5).</source>
        <translation>El acuse de recibo del conjunto de transacciones %1 no tiene código de respuesta (IK5).</translation>
    </message>
    <message>
        <source>the acknowledgement ends without the group response (AK9).</source>
        <translation>el acuse de recibo termina sin la respuesta del grupo (AK9).</translation>
    </message>
    <message>
        <source>This file is not a 277CA claim acknowledgement (it holds: %1).</source>
        <translation>Este archivo no es un acuse de recibo de reclamaciones 277CA (contiene: %1).</translation>
    </message>
    <message>
        <source>the claim charge “%1” is not an amount.</source>
        <translation>el cargo de la reclamación “%1” no es un importe.</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>“%1” no es un importe.</translation>
    </message>
</context>
<context>
    <name>cc::x12::Reader</name>
    <message>
        <source>Segment %1: %2</source>
        <translation>Segmento %1: %2</translation>
    </message>
    <message>
        <source>Segment %1 (%2): %3</source>
        <translation>Segmento %1 (%2): %3</translation>
    </message>
    <message>
        <source>The file is empty: an X12 interchange starts with an ISA segment.</source>
        <translation>El archivo está vacío: un intercambio X12 empieza con un segmento ISA.</translation>
    </message>
    <message>
        <source>the file does not start with an interchange header (ISA).</source>
        <translation>el archivo no empieza con un encabezado de intercambio (ISA).</translation>
    </message>
    <message>
        <source>the interchange header has %1 characters; it needs %2.</source>
        <translation>el encabezado de intercambio tiene %1 caracteres; necesita %2.</translation>
    </message>
    <message>
        <source>the element separator %1 is a letter, digit or space.</source>
        <translation>el separador de elementos %1 es una letra, un dígito o un espacio.</translation>
    </message>
    <message>
        <source>the separators are not distinct (element %1, component %2, segment terminator %3).</source>
        <translation>los separadores no son distintos entre sí (elemento %1, componente %2, terminador de segmento %3).</translation>
    </message>
    <message>
        <source>the last segment has no terminator (%1); the file may be cut short.</source>
        <translation>el último segmento no tiene terminador (%1); es posible que el archivo esté incompleto.</translation>
    </message>
    <message>
        <source>“%1” is not a segment id.</source>
        <translation>“%1” no es un identificador de segmento.</translation>
    </message>
    <message>
        <source>the interchange header has %1 elements; it needs 16.</source>
        <translation>el encabezado de intercambio tiene %1 elementos; necesita 16.</translation>
    </message>
    <message>
        <source>the file ends inside the functional group that starts at segment %1 (GS); its trailer (GE) is missing.</source>
        <translation>el archivo termina dentro del grupo funcional que empieza en el segmento %1 (GS); falta su cierre (GE).</translation>
    </message>
    <message>
        <source>the transaction set that starts at segment %1 (ST) has no trailer (SE) before this segment.</source>
        <translation>el conjunto de transacciones que empieza en el segmento %1 (ST) no tiene cierre (SE) antes de este segmento.</translation>
    </message>
    <message>
        <source>the file ends inside the transaction set that starts at segment %1 (ST); its trailer (SE) is missing.</source>
        <translation>el archivo termina dentro del conjunto de transacciones que empieza en el segmento %1 (ST); falta su cierre (SE).</translation>
    </message>
    <message>
        <source>SE01 “%1” is not a number.</source>
        <translation>SE01 “%1” no es un número.</translation>
    </message>
    <message>
        <source>the transaction set has %1 segments, SE01 says %2.</source>
        <translation>el conjunto de transacciones tiene %1 segmentos, pero SE01 indica %2.</translation>
    </message>
    <message>
        <source>SE02 “%1” does not match the control number “%2” of segment %3 (ST).</source>
        <translation>SE02 “%1” no coincide con el número de control “%2” del segmento %3 (ST).</translation>
    </message>
    <message>
        <source>GE01 “%1” is not a number.</source>
        <translation>GE01 “%1” no es un número.</translation>
    </message>
    <message>
        <source>the functional group has %1 transaction sets, GE01 says %2.</source>
        <translation>el grupo funcional tiene %1 conjuntos de transacciones, pero GE01 indica %2.</translation>
    </message>
    <message>
        <source>GE02 “%1” does not match the group control number “%2” of segment %3 (GS).</source>
        <translation>GE02 “%1” no coincide con el número de control de grupo “%2” del segmento %3 (GS).</translation>
    </message>
    <message>
        <source>a transaction set header (ST) or the group trailer (GE) was expected here.</source>
        <translation>aquí se esperaba un encabezado de conjunto de transacciones (ST) o el cierre del grupo (GE).</translation>
    </message>
    <message>
        <source>IEA01 “%1” is not a number.</source>
        <translation>IEA01 “%1” no es un número.</translation>
    </message>
    <message>
        <source>the interchange has %1 functional groups, IEA01 says %2.</source>
        <translation>el intercambio tiene %1 grupos funcionales, pero IEA01 indica %2.</translation>
    </message>
    <message>
        <source>IEA02 “%1” does not match the interchange control number “%2” of segment 1 (ISA).</source>
        <translation>IEA02 “%1” no coincide con el número de control de intercambio “%2” del segmento 1 (ISA).</translation>
    </message>
    <message>
        <source>there is data after the interchange trailer (IEA) of segment %1.</source>
        <translation>hay datos después del cierre del intercambio (IEA) del segmento %1.</translation>
    </message>
    <message>
        <source>a functional group header (GS) or the interchange trailer (IEA) was expected here.</source>
        <translation>aquí se esperaba un encabezado de grupo funcional (GS) o el cierre del intercambio (IEA).</translation>
    </message>
    <message>
        <source>the file ends without the interchange trailer (IEA).</source>
        <translation>el archivo termina sin el cierre del intercambio (IEA).</translation>
    </message>
</context>
<context>
    <name>cc::x12::Remit835Reader</name>
    <message>
        <source>“%1” is not a segment id; the segment is skipped.</source>
        <translation>“%1” no es un identificador de segmento; se omite el segmento.</translation>
    </message>
    <message>
        <source>The file does not start with an interchange header (ISA).</source>
        <translation>El archivo no empieza con un encabezado de intercambio (ISA).</translation>
    </message>
    <message>
        <source>The last segment has no terminator: the file may be cut short.</source>
        <translation>El último segmento no tiene terminador: es posible que el archivo esté incompleto.</translation>
    </message>
    <message>
        <source>The interchange header (ISA) is cut short or malformed: its separators cannot be read.</source>
        <translation>El encabezado de intercambio (ISA) está incompleto o mal formado: no se pueden leer sus separadores.</translation>
    </message>
    <message>
        <source>%1 is missing: an amount is required there.</source>
        <translation>Falta %1: ahí se requiere un monto.</translation>
    </message>
    <message>
        <source>%1 “%2” is not an amount of money.</source>
        <translation>%1 “%2” no es un monto de dinero.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date (CCYYMMDD).</source>
        <translation>%1 “%2” no es una fecha (CCYYMMDD).</translation>
    </message>
    <message>
        <source>This segment is outside any transaction set (ST … SE); it is ignored.</source>
        <translation>Este segmento está fuera de cualquier conjunto de transacciones (ST … SE); se ignora.</translation>
    </message>
    <message>
        <source>A claim group (LX) comes after the provider adjustments (PLB); it is read anyway.</source>
        <translation>Un grupo de reclamaciones (LX) aparece después de los ajustes del proveedor (PLB); se lee de todos modos.</translation>
    </message>
    <message>
        <source>An inpatient adjudication (MIA) outside a claim; it is ignored.</source>
        <translation>Una adjudicación de paciente hospitalizado (MIA) fuera de una reclamación; se ignora.</translation>
    </message>
    <message>
        <source>An outpatient adjudication (MOA) outside a claim; it is ignored.</source>
        <translation>Una adjudicación de paciente ambulatorio (MOA) fuera de una reclamación; se ignora.</translation>
    </message>
    <message>
        <source>A remark (LQ) outside a service line; it is ignored.</source>
        <translation>Una observación (LQ) fuera de una línea de servicio; se ignora.</translation>
    </message>
    <message>
        <source>A new interchange starts before the one of segment %1 (ISA) ended: its trailer (IEA) is missing.</source>
        <translation>Un nuevo intercambio empieza antes de que termine el del segmento %1 (ISA): falta su cierre (IEA).</translation>
    </message>
    <message>
        <source>The interchange header has %1 elements; it needs 16.</source>
        <translation>El encabezado de intercambio tiene %1 elementos; necesita 16.</translation>
    </message>
    <message>
        <source>An interchange trailer (IEA) without its header (ISA).</source>
        <translation>Un cierre de intercambio (IEA) sin su encabezado (ISA).</translation>
    </message>
    <message>
        <source>The functional group of segment %1 (GS) has no trailer (GE).</source>
        <translation>El grupo funcional del segmento %1 (GS) no tiene cierre (GE).</translation>
    </message>
    <message>
        <source>IEA01 “%1” is not a number.</source>
        <translation>IEA01 “%1” no es un número.</translation>
    </message>
    <message>
        <source>The interchange has %1 functional groups, but IEA01 says %2.</source>
        <translation>El intercambio tiene %1 grupos funcionales, pero IEA01 indica %2.</translation>
    </message>
    <message>
        <source>IEA02 “%1” does not match the interchange control number “%2” of segment %3 (ISA).</source>
        <translation>IEA02 “%1” no coincide con el número de control de intercambio “%2” del segmento %3 (ISA).</translation>
    </message>
    <message>
        <source>A functional group (GS) outside an interchange (ISA … IEA).</source>
        <translation>Un grupo funcional (GS) fuera de un intercambio (ISA … IEA).</translation>
    </message>
    <message>
        <source>A new functional group starts before the one of segment %1 (GS) ended: its trailer (GE) is missing.</source>
        <translation>Un nuevo grupo funcional empieza antes de que termine el del segmento %1 (GS): falta su cierre (GE).</translation>
    </message>
    <message>
        <source>A group trailer (GE) without its header (GS).</source>
        <translation>Un cierre de grupo (GE) sin su encabezado (GS).</translation>
    </message>
    <message>
        <source>GE01 “%1” is not a number.</source>
        <translation>GE01 “%1” no es un número.</translation>
    </message>
    <message>
        <source>The functional group has %1 transaction sets, but GE01 says %2.</source>
        <translation>El grupo funcional tiene %1 conjuntos de transacciones, pero GE01 indica %2.</translation>
    </message>
    <message>
        <source>GE02 “%1” does not match the group control number “%2” of segment %3 (GS).</source>
        <translation>GE02 “%1” no coincide con el número de control de grupo “%2” del segmento %3 (GS).</translation>
    </message>
    <message>
        <source>A transaction set (ST) outside a functional group (GS … GE).</source>
        <translation>Un conjunto de transacciones (ST) fuera de un grupo funcional (GS … GE).</translation>
    </message>
    <message>
        <source>This transaction set is a %1, not an 835 payment advice; it is skipped.</source>
        <translation>Este conjunto de transacciones es un %1, no un aviso de pago 835; se omite.</translation>
    </message>
    <message>
        <source>A transaction set trailer (SE) without its header (ST).</source>
        <translation>Un cierre de conjunto de transacciones (SE) sin su encabezado (ST).</translation>
    </message>
    <message>
        <source>SE01 “%1” is not a number.</source>
        <translation>SE01 “%1” no es un número.</translation>
    </message>
    <message>
        <source>The transaction set has %1 segments, but SE01 says %2.</source>
        <translation>El conjunto de transacciones tiene %1 segmentos, pero SE01 indica %2.</translation>
    </message>
    <message>
        <source>SE02 “%1” does not match the control number “%2” of segment %3 (ST).</source>
        <translation>SE02 “%1” no coincide con el número de control “%2” del segmento %3 (ST).</translation>
    </message>
    <message>
        <source>This segment comes before the payment information (BPR), which must follow ST; it is read anyway.</source>
        <translation>Este segmento aparece antes de la información de pago (BPR), que debe ir justo después de ST; se lee de todos modos.</translation>
    </message>
    <message>
        <source>The transaction set of segment %1 (ST) has no trailer (SE); its payment is not checked.</source>
        <translation>El conjunto de transacciones del segmento %1 (ST) no tiene cierre (SE); no se verifica su pago.</translation>
    </message>
    <message>
        <source>This 835 has no payment information (BPR).</source>
        <translation>Este 835 no tiene información de pago (BPR).</translation>
    </message>
    <message>
        <source>The payment does not balance: the claims paid %1 − provider adjustments %2 = %3, but the payment (BPR02) is %4.</source>
        <translation>El pago no cuadra: pagado en las reclamaciones %1 − ajustes del proveedor %2 = %3, pero el pago (BPR02) es de %4.</translation>
    </message>
    <message>
        <source>A second payment segment (BPR) in the same 835; it is ignored.</source>
        <translation>Un segundo segmento de pago (BPR) en el mismo 835; se ignora.</translation>
    </message>
    <message>
        <source>The payment information (BPR) must come right after ST; it is read anyway.</source>
        <translation>La información de pago (BPR) debe ir justo después de ST; se lee de todos modos.</translation>
    </message>
    <message>
        <source>A party (N1) after the claims began; it is ignored.</source>
        <translation>Una entidad (N1) después de que empezaran las reclamaciones; se ignora.</translation>
    </message>
    <message>
        <source>A reference (REF) outside the header, a claim or a line; it is ignored.</source>
        <translation>Una referencia (REF) fuera del encabezado, de una reclamación o de una línea; se ignora.</translation>
    </message>
    <message>
        <source>A date (DTM) outside the header, a claim or a line; it is ignored.</source>
        <translation>Una fecha (DTM) fuera del encabezado, de una reclamación o de una línea; se ignora.</translation>
    </message>
    <message>
        <source>A claim (CLP) after the provider adjustments (PLB); it is read anyway.</source>
        <translation>Una reclamación (CLP) después de los ajustes del proveedor (PLB); se lee de todos modos.</translation>
    </message>
    <message>
        <source>The claim has no patient control number (CLP01).</source>
        <translation>La reclamación no tiene número de control del paciente (CLP01).</translation>
    </message>
    <message>
        <source>An adjustment (CAS) outside a claim or a service line; it is ignored.</source>
        <translation>Un ajuste (CAS) fuera de una reclamación o de una línea de servicio; se ignora.</translation>
    </message>
    <message>
        <source>The adjustment has no group code (CAS01).</source>
        <translation>El ajuste no tiene código de grupo (CAS01).</translation>
    </message>
    <message>
        <source>A name (NM1) outside a claim, or after its service lines; it is ignored.</source>
        <translation>Un nombre (NM1) fuera de una reclamación, o después de sus líneas de servicio; se ignora.</translation>
    </message>
    <message>
        <source>A service line (SVC) before any claim (CLP); it and its segments are ignored.</source>
        <translation>Una línea de servicio (SVC) antes de cualquier reclamación (CLP); se ignoran la línea y sus segmentos.</translation>
    </message>
    <message>
        <source>The service line has no procedure code (SVC01).</source>
        <translation>La línea de servicio no tiene código de procedimiento (SVC01).</translation>
    </message>
    <message>
        <source>Service line %1 (%2) of claim %3 does not balance: charge %4 − adjustments %5 = %6, but the payer paid %7.</source>
        <translation>La línea de servicio %1 (%2) de la reclamación %3 no cuadra: cargo %4 − ajustes %5 = %6, pero el pagador pagó %7.</translation>
    </message>
    <message>
        <source>Claim %1 does not balance: charge %2 − adjustments %3 = %4, but the payer paid %5.</source>
        <translation>La reclamación %1 no cuadra: cargo %2 − ajustes %3 = %4, pero el pagador pagó %5.</translation>
    </message>
    <message>
        <source>%1 has an amount but no adjustment reason.</source>
        <translation>%1 tiene un monto pero no tiene motivo de ajuste.</translation>
    </message>
    <message>
        <source>The file is empty: an 835 starts with an interchange header (ISA).</source>
        <translation>El archivo está vacío: un 835 empieza con un encabezado de intercambio (ISA).</translation>
    </message>
    <message>
        <source>The file ends before its trailers (%1): it may have been cut short. What comes before was read.</source>
        <extracomment>%1 lists segment ids, e.g. &quot;SE, GE, IEA&quot;</extracomment>
        <translation>El archivo termina antes de sus cierres (%1): es posible que esté incompleto. Se leyó lo anterior.</translation>
    </message>
</context>
</TS>
