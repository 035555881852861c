<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>Keyless::Cli</name>
        <message>
            <source>keyless progress export: exporting what can still be read from it.
</source>
            <translation>keyless progress export: se exporta lo que aún se puede leer.
</translation>
        </message>
        <message>
            <source>keyless script: %1
</source>
            <translation>keyless script: %1
</translation>
        </message>
        <message>
            <source>usage: keyless lab list [--labs DIR]...
       keyless lab check LAB [--solution FILE|-] [--seed N] [--json] [--verbose] [--db PATH] [--labs DIR]...
LAB is a lab file or the id of a bundled lab (or of one in a --labs folder).
</source>
            <translation>uso: keyless lab list [--labs CARPETA]...
     keyless lab check LAB [--solution ARCHIVO|-] [--seed N] [--json] [--verbose] [--db RUTA] [--labs CARPETA]...
LAB es un archivo de laboratorio o el id de un laboratorio incluido (o de uno de una carpeta --labs).
</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>no se puede leer %1: %2</translation>
        </message>
        <message>
            <source>keyless lab check: cannot open the progress database: %1
</source>
            <translation>keyless lab check: no se puede abrir la base de datos de progreso: %1
</translation>
        </message>
        <message>
            <source>keyless lab check: the attempt was not recorded: %1
</source>
            <translation>keyless lab check: el intento no se registró: %1
</translation>
        </message>
        <message>
            <source>recorded attempt %1
</source>
            <translation>intento %1 registrado
</translation>
        </message>
        <message>
            <source>keyless lab check: %1 is not a valid lab
</source>
            <translation>keyless lab check: %1 no es un laboratorio válido
</translation>
        </message>
        <message>
            <source>keyless lab check: no lab with id '%1' (see keyless lab list)
</source>
            <translation>keyless lab check: no hay ningún laboratorio con el id «%1» (consulta keyless lab list)
</translation>
        </message>
        <message>
            <source>no lab with id '%1' (see keyless lab list)</source>
            <translation>no hay ningún laboratorio con el id «%1» (consulta keyless lab list)</translation>
        </message>
        <message>
            <source>keyless lab check: --seed needs a non-negative whole number
</source>
            <translation>keyless lab check: --seed necesita un número entero no negativo
</translation>
        </message>
        <message>
            <source>keyless lab check: %1
</source>
            <translation>keyless lab check: %1
</translation>
        </message>
        <message>
            <source>%1 (seed %2)
</source>
            <translation>%1 (semilla %2)
</translation>
        </message>
        <message>
            <source>PASS</source>
            <translation>SUPERADO</translation>
        </message>
        <message>
            <source>FAIL</source>
            <translation>FALLIDO</translation>
        </message>
        <message>
            <source>%1/%2 points</source>
            <translation>%1/%2 puntos</translation>
        </message>
        <message>
            <source>completion %1, score %2/%3, %4 of %5 tasks passed
</source>
            <translation>avance %1, puntuación %2/%3, %4 de %5 tareas superadas
</translation>
        </message>
        <message>
            <source>list or check</source>
            <translation>list o check</translation>
        </message>
        <message>
            <source>Extra folder of lab files (repeatable).</source>
            <translation>Carpeta adicional de archivos de laboratorio (se puede repetir).</translation>
        </message>
        <message>
            <source>Script to run instead of the lab's solution.</source>
            <translation>Script que se ejecuta en lugar de la solución del laboratorio.</translation>
        </message>
        <message>
            <source>Seed for names and ids (default: the lab's).</source>
            <translation>Semilla para nombres e ids (por defecto: la del laboratorio).</translation>
        </message>
        <message>
            <source>Print the result as JSON.</source>
            <translation>Mostrar el resultado como JSON.</translation>
        </message>
        <message>
            <source>Also print the console output of the script.</source>
            <translation>Mostrar también la salida de consola del script.</translation>
        </message>
        <message>
            <source>Record the attempt in this progress database.</source>
            <translation>Registrar el intento en esta base de datos de progreso.</translation>
        </message>
        <message>
            <source>keyless lab: %1
</source>
            <translation>keyless lab: %1
</translation>
        </message>
        <message>
            <source>usage: keyless progress export [--db PATH] [--format json|csv] [--output FILE]
       keyless progress reset [--db PATH] --yes
</source>
            <translation>uso: keyless progress export [--db RUTA] [--format json|csv] [--output ARCHIVO]
     keyless progress reset [--db RUTA] --yes
</translation>
        </message>
        <message>
            <source>keyless progress export: unknown format '%1' (use json or csv)
</source>
            <translation>keyless progress export: formato desconocido «%1» (usa json o csv)
</translation>
        </message>
        <message>
            <source>keyless progress export: there is no progress file at %1
</source>
            <translation>keyless progress export: no hay ningún archivo de progreso en %1
</translation>
        </message>
        <message>
            <source>keyless progress export: %1
</source>
            <translation>keyless progress export: %1
</translation>
        </message>
        <message>
            <source>keyless progress export: cannot write %1: %2
</source>
            <translation>keyless progress export: no se puede escribir %1: %2
</translation>
        </message>
        <message>
            <source>keyless progress reset: this starts your progress from scratch; add --yes to confirm (the old file is moved aside, not deleted)
</source>
            <translation>keyless progress reset: esto reinicia tu progreso desde cero; añade --yes para confirmar (el archivo antiguo se aparta, no se borra)
</translation>
        </message>
        <message>
            <source>keyless progress reset: %1
</source>
            <translation>keyless progress reset: %1
</translation>
        </message>
        <message>
            <source>moved %1 to %2
</source>
            <translation>%1 movido a %2
</translation>
        </message>
        <message>
            <source>Progress database file.</source>
            <translation>Archivo de la base de datos de progreso.</translation>
        </message>
        <message>
            <source>Export format: json or csv.</source>
            <translation>Formato de exportación: json o csv.</translation>
        </message>
        <message>
            <source>Write the export to this file.</source>
            <translation>Escribir la exportación en este archivo.</translation>
        </message>
        <message>
            <source>Confirm the reset.</source>
            <translation>Confirmar el reinicio.</translation>
        </message>
        <message>
            <source>keyless progress: %1
</source>
            <translation>keyless progress: %1
</translation>
        </message>
        <message>
            <source>keyless progress: unknown action '%1'
</source>
            <translation>keyless progress: acción desconocida «%1»
</translation>
        </message>
        <message>
            <source>usage: keyless script [--lab LAB] [--seed N] [FILE|-]
Runs a console script (az, curl, exec, invoke, jq, …) in a fresh simulated sandbox, or in the initial world of LAB (a lab file or the id of a bundled lab). Without FILE, or with -, the script is read from standard input. The exit status is that of the last command (or of the failing one under set -e).
</source>
            <translation>uso: keyless script [--lab LAB] [--seed N] [ARCHIVO|-]
Ejecuta un script de consola (az, curl, exec, invoke, jq, …) en un entorno simulado nuevo, o en el mundo inicial de LAB (un archivo de laboratorio o el id de un laboratorio incluido). Sin ARCHIVO, o con -, el script se lee de la entrada estándar. El estado de salida es el del último comando (o el del que falla con set -e).
</translation>
        </message>
        <message>
            <source>Start from the initial world of this lab (file or id).</source>
            <translation>Empezar desde el mundo inicial de este laboratorio (archivo o id).</translation>
        </message>
        <message>
            <source>LAB</source>
            <translation>LAB</translation>
        </message>
        <message>
            <source>Seed of the simulated world (default: the lab's, or 0).</source>
            <translation>Semilla del mundo simulado (por defecto: la del laboratorio, o 0).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Mostrar esta ayuda.</translation>
        </message>
        <message>
            <source>Script file, or - for standard input.</source>
            <translation>Archivo de script, o - para la entrada estándar.</translation>
        </message>
        <message>
            <source>keyless lab check: one lab at a time, got %1: %2
</source>
            <translation>keyless lab check: un laboratorio cada vez, se indicaron %1: %2
</translation>
        </message>
        <message>
            <source>keyless lab check: which lab? Give a lab file or id (see keyless lab list)
</source>
            <translation>keyless lab check: ¿qué laboratorio? Indique un archivo o un id de laboratorio (vea keyless lab list)
</translation>
        </message>
        <message>
            <source>line %1 (exit %2): %3</source>
            <translation>línea %1 (estado de salida %2): %3</translation>
        </message>
        <message>
            <source>exit %1: %2</source>
            <translation>estado de salida %1: %2</translation>
        </message>
        <message>
            <source>solution script: exit status %1</source>
            <translation>script de solución: estado de salida %1</translation>
        </message>
        <message>
            <source>; first failing command at %1</source>
            <translation>; primer comando fallido en %1</translation>
        </message>
        <message>
            <source>keyless script: only one script file can be given</source>
            <translation>keyless script: solo se puede indicar un archivo de script</translation>
        </message>
        <message>
            <source>keyless script: --seed needs a non-negative integer, got '%1'</source>
            <translation>keyless script: --seed necesita un entero no negativo, se recibió «%1»</translation>
        </message>
        <message>
            <source>keyless script: no lab file or bundled lab named '%1' (bundled: %2)</source>
            <translation>keyless script: no hay ningún archivo de laboratorio ni laboratorio incluido llamado «%1» (incluidos: %2)</translation>
        </message>
        <message>
            <source>keyless script: cannot read '%1': %2</source>
            <translation>keyless script: no se puede leer «%1»: %2</translation>
        </message>
        <message>
            <source>keyless lab check: %1: %2
</source>
            <translation>keyless lab check: %1: %2
</translation>
        </message>
        <message>
            <source>keyless lab check: %1 cannot be used: its setup failed
</source>
            <translation>keyless lab check: no se puede usar %1: falló su preparación
</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Cli::ProgressCommand</name>
        <message numerus="yes">
            <source>exported %n record(s) to %1
</source>
            <translation>
                <numerusform>se exportó %n registro a %1
</numerusform>
                <numerusform>se exportaron %n registros a %1
</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Keyless::Lab</name>
        <message>
            <source>JSON syntax error: an object is not closed here (a comma between two fields, the quotes around a name or the closing } may be missing)</source>
            <translation>Error de sintaxis JSON: un objeto no está cerrado aquí (quizá falte una coma entre dos campos, las comillas de un nombre o la } de cierre)</translation>
        </message>
        <message>
            <source>JSON syntax error: a colon is missing after a field&apos;s name</source>
            <translation>Error de sintaxis JSON: faltan los dos puntos después del nombre de un campo</translation>
        </message>
        <message>
            <source>JSON syntax error: an array is not closed here (a comma between two values or the closing ] may be missing)</source>
            <translation>Error de sintaxis JSON: un array no está cerrado aquí (quizá falte una coma entre dos valores o el ] de cierre)</translation>
        </message>
        <message>
            <source>JSON syntax error: a comma is missing between two values</source>
            <translation>Error de sintaxis JSON: falta una coma entre dos valores</translation>
        </message>
        <message>
            <source>JSON syntax error: this is not a JSON value (text needs double quotes; true, false and null are written in lower case)</source>
            <translation>Error de sintaxis JSON: esto no es un valor JSON (el texto va entre comillas dobles; true, false y null se escriben en minúsculas)</translation>
        </message>
        <message>
            <source>JSON syntax error: the file ends before its objects and arrays are closed</source>
            <translation>Error de sintaxis JSON: el archivo termina antes de que se cierren sus objetos y arrays</translation>
        </message>
        <message>
            <source>JSON syntax error: a number is not written as JSON allows</source>
            <translation>Error de sintaxis JSON: un número no está escrito como lo permite JSON</translation>
        </message>
        <message>
            <source>JSON syntax error: a backslash in a string starts no escape JSON knows (a backslash itself is written twice)</source>
            <translation>Error de sintaxis JSON: una barra invertida en una cadena no inicia ninguna secuencia de escape que JSON conozca (la propia barra invertida se escribe dos veces)</translation>
        </message>
        <message>
            <source>JSON syntax error: the text is not valid UTF-8 (save the file as UTF-8)</source>
            <translation>Error de sintaxis JSON: el texto no es UTF-8 válido (guarda el archivo como UTF-8)</translation>
        </message>
        <message>
            <source>JSON syntax error: a string is not closed with a double quote</source>
            <translation>Error de sintaxis JSON: una cadena no se cierra con comillas dobles</translation>
        </message>
        <message>
            <source>JSON syntax error: a value is missing after a comma (JSON allows no comma after the last one)</source>
            <translation>Error de sintaxis JSON: falta un valor después de una coma (JSON no admite una coma tras el último)</translation>
        </message>
        <message>
            <source>JSON syntax error: objects and arrays are nested too deeply</source>
            <translation>Error de sintaxis JSON: los objetos y arrays están anidados a demasiada profundidad</translation>
        </message>
        <message>
            <source>JSON syntax error: the document is too large</source>
            <translation>Error de sintaxis JSON: el documento es demasiado grande</translation>
        </message>
        <message>
            <source>JSON syntax error: there is more text after the end of the lab&apos;s object</source>
            <translation>Error de sintaxis JSON: hay más texto después del final del objeto del laboratorio</translation>
        </message>
        <message>
            <source>JSON syntax error: the file is not valid JSON</source>
            <translation>Error de sintaxis JSON: el archivo no es JSON válido</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Progress</name>
        <message>
            <source>%1 is a folder, not a progress file: give a file path, for example %2.</source>
            <translation>%1 es una carpeta, no un archivo de progreso: indica la ruta de un archivo, por ejemplo %2.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist and cannot be created.</source>
            <translation>La carpeta %1 no existe y no se puede crear.</translation>
        </message>
        <message>
            <source>%1 is a file, not a folder: the progress file cannot be created under it.</source>
            <translation>%1 es un archivo, no una carpeta: no se puede crear el archivo de progreso dentro de él.</translation>
        </message>
        <message>
            <source>The folder %1 is read-only.</source>
            <translation>La carpeta %1 es de solo lectura.</translation>
        </message>
        <message>
            <source>The file %1 is read-only.</source>
            <translation>El archivo %1 es de solo lectura.</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Progress::Database</name>
        <message>
            <source>it cannot be copied to be read</source>
            <translation>no se puede copiar para leerla</translation>
        </message>
        <message>
            <source>%1 is not a Keyless progress file (it is not an SQLite database). It was left as it is.</source>
            <translation>%1 no es un archivo de progreso de Keyless (no es una base de datos SQLite). Se dejó como estaba.</translation>
        </message>
        <message numerus="yes">
            <source>Your progress file was damaged. It was moved to %1 and a new one was started with the %n record(s) that could still be read from it.</source>
            <translation>
                <numerusform>Tu archivo de progreso estaba dañado. Se movió a %1 y se empezó uno nuevo con el %n registro que aún se podía leer.</numerusform>
                <numerusform>Tu archivo de progreso estaba dañado. Se movió a %1 y se empezó uno nuevo con los %n registros que aún se podían leer.</numerusform>
            </translation>
        </message>
        <message>
            <source>The progress in it is shown, but what you do now is not kept.</source>
            <translation>Se muestra el progreso que contiene, pero lo que hagas ahora no se conserva.</translation>
        </message>
        <message>
            <source>no result row</source>
            <translation>ninguna fila de resultado</translation>
        </message>
        <message>
            <source>WAL mode refused (got '%1')</source>
            <translation>modo WAL rechazado (se obtuvo «%1»)</translation>
        </message>
        <message>
            <source>Progress is not being saved: %1</source>
            <translation>El progreso no se está guardando: %1</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>%1 no se puede abrir: %2</translation>
        </message>
        <message>
            <source>%1 is damaged or is not a Keyless progress file (SQLite: %2). It was left as it is.</source>
            <translation>%1 está dañado o no es un archivo de progreso de Keyless (SQLite: %2). Se ha dejado tal como está.</translation>
        </message>
        <message numerus="yes">
            <source>%1, and %n more problem(s)</source>
            <translation>
                <numerusform>%1 y %n problema más</numerusform>
                <numerusform>%1 y %n problemas más</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is damaged and cannot be moved aside.</source>
            <translation>%1 está dañado y no se puede apartar.</translation>
        </message>
        <message>
            <source>Your progress file was damaged. It was moved to %1 and a new one was started.</source>
            <translation>Tu archivo de progreso estaba dañado. Se movió a %1 y se empezó uno nuevo.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 no se puede leer: %2</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of Keyless (progress format %2; this version understands up to %3). It was left unchanged.</source>
            <translation>%1 lo escribió una versión más reciente de Keyless (formato de progreso %2; esta versión entiende hasta el %3). No se ha modificado.</translation>
        </message>
        <message>
            <source>%1 cannot be prepared: %2</source>
            <translation>%1 no se puede preparar: %2</translation>
        </message>
        <message>
            <source>the progress database is not open</source>
            <translation>la base de datos de progreso no está abierta</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Progress::ProgressStore</name>
        <message>
            <source>%1 was deleted or moved while Keyless had it open</source>
            <translation>%1 se eliminó o se movió mientras Keyless lo tenía abierto</translation>
        </message>
        <message>
            <source>%1 is not a Keyless progress file (it is not an SQLite database); nothing was moved.</source>
            <translation>%1 no es un archivo de progreso de Keyless (no es una base de datos SQLite); no se movió nada.</translation>
        </message>
        <message>
            <source>%1 is open in Keyless (process %2). Close that window first; nothing was moved.</source>
            <translation>%1 está abierto en Keyless (proceso %2). Cierre primero esa ventana; no se movió nada.</translation>
        </message>
        <message>
            <source>There is no progress file at %1.</source>
            <translation>No hay ningún archivo de progreso en %1.</translation>
        </message>
        <message>
            <source>%1 cannot be moved to %2.</source>
            <translation>%1 no se puede mover a %2.</translation>
        </message>
        <message>
            <source>A section read needs a lesson id and a section id.</source>
            <translation>Una sección leída necesita un id de lección y un id de sección.</translation>
        </message>
        <message>
            <source>The section read was not saved</source>
            <translation>La sección leída no se guardó</translation>
        </message>
        <message>
            <source>A question attempt needs a question id.</source>
            <translation>Un intento de pregunta necesita un id de pregunta.</translation>
        </message>
        <message>
            <source>The answer was not saved</source>
            <translation>La respuesta no se guardó</translation>
        </message>
        <message>
            <source>A review card needs an id.</source>
            <translation>Una tarjeta de repaso necesita un id.</translation>
        </message>
        <message>
            <source>The review card was not saved</source>
            <translation>La tarjeta de repaso no se guardó</translation>
        </message>
        <message>
            <source>A review needs a card id.</source>
            <translation>Un repaso necesita un id de tarjeta.</translation>
        </message>
        <message>
            <source>The review was not saved</source>
            <translation>El repaso no se guardó</translation>
        </message>
        <message>
            <source>An empty command is not recorded.</source>
            <translation>Un comando vacío no se registra.</translation>
        </message>
        <message>
            <source>The command was not saved</source>
            <translation>El comando no se guardó</translation>
        </message>
        <message>
            <source>A task result needs a task id.</source>
            <translation>Un resultado de tarea necesita un id de tarea.</translation>
        </message>
        <message>
            <source>The task result was not saved</source>
            <translation>El resultado de la tarea no se guardó</translation>
        </message>
        <message>
            <source>Completion must be between 0 and 100 percent.</source>
            <translation>El avance debe estar entre 0 y 100 por ciento.</translation>
        </message>
        <message>
            <source>The lab score was not saved</source>
            <translation>La puntuación del laboratorio no se guardó</translation>
        </message>
        <message>
            <source>There is no lab attempt %1.</source>
            <translation>No existe el intento de laboratorio %1.</translation>
        </message>
        <message>
            <source>The lab result was not saved</source>
            <translation>El resultado del laboratorio no se guardó</translation>
        </message>
        <message>
            <source>A lab attempt needs a lab id.</source>
            <translation>Un intento de laboratorio necesita un id de laboratorio.</translation>
        </message>
        <message>
            <source>The lab attempt was not saved</source>
            <translation>El intento de laboratorio no se guardó</translation>
        </message>
        <message>
            <source>A setting needs a key.</source>
            <translation>Un ajuste necesita una clave.</translation>
        </message>
        <message>
            <source>The setting was not saved</source>
            <translation>El ajuste no se guardó</translation>
        </message>
        <message>
            <source>%1 is not a progress file (it is a folder or a special file); nothing was moved.</source>
            <translation>%1 no es un archivo de progreso (es una carpeta o un archivo especial); no se movió nada.</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs</name>
        <message>
            <source>credential attempt</source>
            <translation>intento de credencial</translation>
        </message>
        <message>
            <source>token request</source>
            <translation>solicitud de token</translation>
        </message>
        <message>
            <source>token issued</source>
            <translation>token emitido</translation>
        </message>
        <message>
            <source>cache hit</source>
            <translation>acierto de caché</translation>
        </message>
        <message>
            <source>resource request</source>
            <translation>solicitud al recurso</translation>
        </message>
        <message>
            <source>authorization decision</source>
            <translation>decisión de autorización</translation>
        </message>
        <message>
            <source>response</source>
            <translation>respuesta</translation>
        </message>
        <message>
            <source>event</source>
            <translation>evento</translation>
        </message>
        <message>
            <source>A claim the flow view has no explanation for.</source>
            <translation>Una notificación (claim) que la vista del flujo no sabe explicar.</translation>
        </message>
        <message>
            <source>token rejected</source>
            <translation>token rechazado</translation>
        </message>
        <message>
            <source>control plane</source>
            <translation>plano de control</translation>
        </message>
        <message>
            <source>setting resolved</source>
            <translation>ajuste resuelto</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>IMDS identity endpoint (%1)</source>
            <translation>punto de conexión de identidad IMDS (%1)</translation>
        </message>
        <message>
            <source>Identity endpoint</source>
            <translation>Punto de conexión de identidad</translation>
        </message>
        <message>
            <source>IDENTITY_ENDPOINT of %1</source>
            <translation>IDENTITY_ENDPOINT de %1</translation>
        </message>
        <message>
            <source>Microsoft Entra ID</source>
            <translation>Microsoft Entra ID</translation>
        </message>
        <message>
            <source>Token issuer (login.microsoftonline.com)</source>
            <translation>Emisor de tokens (login.microsoftonline.com)</translation>
        </message>
        <message>
            <source>Azure Resource Manager</source>
            <translation>Azure Resource Manager</translation>
        </message>
        <message>
            <source>Your laptop</source>
            <translation>Tu portátil</translation>
        </message>
        <message>
            <source>az login (developer credential)</source>
            <translation>az login (credencial de desarrollador)</translation>
        </message>
        <message>
            <source>SDK credential</source>
            <translation>credencial del SDK</translation>
        </message>
        <message>
            <source>App Service / Function App</source>
            <translation>App Service / aplicación de funciones</translation>
        </message>
        <message>
            <source>Virtual machine</source>
            <translation>Máquina virtual</translation>
        </message>
        <message>
            <source>Key Vault</source>
            <translation>Key Vault</translation>
        </message>
        <message>
            <source>Storage account</source>
            <translation>Cuenta de almacenamiento</translation>
        </message>
        <message>
            <source>Azure Cosmos DB account</source>
            <translation>Cuenta de Azure Cosmos DB</translation>
        </message>
        <message>
            <source>(no response) %1</source>
            <translation>(sin respuesta) %1</translation>
        </message>
        <message>
            <source> (data action)</source>
            <translation> (acción de datos)</translation>
        </message>
        <message>
            <source>Evaluated by %1. %2</source>
            <translation>Evaluado por %1. %2</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 en %2</translation>
        </message>
        <message>
            <source> (through a group)</source>
            <translation> (a través de un grupo)</translation>
        </message>
        <message>
            <source> — grants it</source>
            <translation> — lo concede</translation>
        </message>
        <message>
            <source> — would grant it, still propagating</source>
            <translation> — lo concedería, aún se está propagando</translation>
        </message>
        <message>
            <source>access token (JWT)</source>
            <translation>token de acceso (JWT)</translation>
        </message>
        <message>
            <source>cached token</source>
            <translation>token en caché</translation>
        </message>
        <message>
            <source>token check</source>
            <translation>comprobación del token</translation>
        </message>
        <message>
            <source>RBAC check</source>
            <translation>comprobación de RBAC</translation>
        </message>
        <message>
            <source>key check</source>
            <translation>comprobación de clave</translation>
        </message>
        <message>
            <source>access policy check</source>
            <translation>comprobación de directiva de acceso</translation>
        </message>
        <message>
            <source>User-assigned: %1</source>
            <translation>Asignada por el usuario: %1</translation>
        </message>
        <message>
            <source>System-assigned identity</source>
            <translation>Identidad asignada por el sistema</translation>
        </message>
        <message>
            <source>No usable identity</source>
            <translation>Ninguna identidad utilizable</translation>
        </message>
        <message>
            <source>%1: unavailable</source>
            <translation>%1: no disponible</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::AddRoleAssignmentDialog</name>
        <message>
            <source>Add role assignment</source>
            <translation>Agregar asignación de roles</translation>
        </message>
        <message>
            <source>&lt;b&gt;Role&lt;/b&gt; — what the member may do. Data roles (e.g. Storage Blob Data Reader) grant data actions; Owner, Contributor and Reader do not.</source>
            <translation>&lt;b&gt;Rol&lt;/b&gt;: lo que puede hacer el miembro. Los roles de datos (p. ej., Storage Blob Data Reader) conceden acciones de datos; Owner, Contributor y Reader no.</translation>
        </message>
        <message>
            <source>Search by role name</source>
            <translation>Buscar por nombre de rol</translation>
        </message>
        <message>
            <source>&lt;b&gt;Members&lt;/b&gt; — assign access to a managed identity.</source>
            <translation>&lt;b&gt;Miembros&lt;/b&gt;: asignar acceso a una identidad administrada.</translation>
        </message>
        <message>
            <source>Object (principal) ID: %1</source>
            <translation>Id. de objeto (entidad de seguridad): %1</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Review + assign</source>
            <translation>Revisar y asignar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Role:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Member:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Scope:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;The portal runs:&lt;/p&gt;&lt;pre&gt;%4&lt;/pre&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Rol:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Miembro:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Ámbito:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;El portal ejecuta:&lt;/p&gt;&lt;pre&gt;%4&lt;/pre&gt;</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::CanonicalFlows</name>
        <message>
            <source>VM → IMDS → Microsoft Entra ID → Storage</source>
            <translation>VM → IMDS → Microsoft Entra ID → Storage</translation>
        </message>
        <message>
            <source>Function App → identity endpoint → Microsoft Entra ID → Key Vault</source>
            <translation>Function App → punto de conexión de identidad → Microsoft Entra ID → Key Vault</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::ConsoleWidget</name>
        <message numerus="yes">
            <source>%n lines: Enter runs them all</source>
            <translation>
                <numerusform>%n línea: Intro la ejecuta</numerusform>
                <numerusform>%n líneas: Intro las ejecuta todas</numerusform>
            </translation>
        </message>
        <message>
            <source>This paste of %L1 characters does not fit the console&apos;s limit of %L2 characters; nothing was pasted. Paste it in smaller parts, or run it with `keyless script`.</source>
            <translation>Este pegado de %L1 caracteres no cabe en el límite de la consola de %L2 caracteres; no se pegó nada. Péguelo en partes más pequeñas o ejecútelo con `keyless script`.</translation>
        </message>
        <message>
            <source>This input fills the console&apos;s limit of %L1 characters, so it may have been cut; nothing was run. Run it in smaller parts, or with `keyless script`.</source>
            <translation>Esta entrada llega al límite de la consola de %L1 caracteres, así que puede haberse cortado; no se ejecutó nada. Ejecútala en partes más pequeñas o con `keyless script`.</translation>
        </message>
        <message>
            <source>Type a command, e.g. az functionapp identity show -g rg -n app (Tab completes)</source>
            <translation>Escribe un comando, p. ej. az functionapp identity show -g rg -n app (Tab completa)</translation>
        </message>
        <message>
            <source>Copy output</source>
            <translation>Copiar la salida</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>The console is not connected to a lab.</source>
            <translation>La consola no está conectada a ningún laboratorio.</translation>
        </message>
        <message>
            <source># from the portal:</source>
            <translation># desde el portal:</translation>
        </message>
        <message>
            <source>(exit status %1)</source>
            <translation>(estado de salida %1)</translation>
        </message>
        <message>
            <source>Console output</source>
            <translation>Salida de la consola</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Comando</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::FlowEvent</name>
        <message>
            <source>Denied</source>
            <translation>Denegado</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::FlowEventModel</name>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>con error</translation>
        </message>
        <message>
            <source>allowed</source>
            <translation>permitido</translation>
        </message>
        <message>
            <source>#</source>
            <translation>n.º</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <source>From → to</source>
            <translation>De → a</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::FlowInspector</name>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Notificación</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Significado</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <source>Authorization</source>
            <translation>Autorización</translation>
        </message>
        <message>
            <source>Select an event to see its request, token and authorization decision.</source>
            <translation>Selecciona un evento para ver su solicitud, su token y la decisión de autorización.</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>&lt;b&gt;Step %1 · %2&lt;/b&gt; — %3</source>
            <translation>&lt;b&gt;Paso %1 · %2&lt;/b&gt; — %3</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>con error</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Solicitud</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>This event carries no HTTP message.</source>
            <translation>Este evento no lleva ningún mensaje HTTP.</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>Permitido</translation>
        </message>
        <message>
            <source>Denied</source>
            <translation>Denegado</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>Entidad de seguridad</translation>
        </message>
        <message>
            <source>Action needed</source>
            <translation>Acción necesaria</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <source>Assignments considered</source>
            <translation>Asignaciones consideradas</translation>
        </message>
        <message>
            <source>None: no role assignment for this principal covers the scope.</source>
            <translation>Ninguna: ninguna asignación de rol de esta entidad cubre el ámbito.</translation>
        </message>
        <message>
            <source>HTTP request and response</source>
            <translation>Solicitud y respuesta HTTP</translation>
        </message>
        <message>
            <source>Token claims</source>
            <translation>Notificaciones del token</translation>
        </message>
        <message>
            <source>Authorization decision</source>
            <translation>Decisión de autorización</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::FlowPage</name>
        <message>
            <source>Canonical run:</source>
            <translation>Ejecución de referencia:</translation>
        </message>
        <message>
            <source>Virtual machine → IMDS → Entra ID → Storage</source>
            <translation>Máquina virtual → IMDS → Entra ID → Storage</translation>
        </message>
        <message>
            <source>Function App → identity endpoint → Entra ID → Key Vault</source>
            <translation>Function App → punto de conexión de identidad → Entra ID → Key Vault</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::FlowTrace</name>
        <message>
            <source>Audience: the resource the token is for. The resource rejects a token whose audience is not its own.</source>
            <translation>Audiencia: el recurso para el que es el token. El recurso rechaza un token cuya audiencia no sea la suya.</translation>
        </message>
        <message>
            <source>Issuer: the Microsoft Entra tenant that issued and signed the token.</source>
            <translation>Emisor: el inquilino de Microsoft Entra que emitió y firmó el token.</translation>
        </message>
        <message>
            <source>Issued at (Unix seconds).</source>
            <translation>Emitido el (segundos Unix).</translation>
        </message>
        <message>
            <source>Not before: the token is not valid earlier.</source>
            <translation>No antes de: el token no es válido antes.</translation>
        </message>
        <message>
            <source>Expires: after this time the resource answers 401 and a new token is needed.</source>
            <translation>Caduca: después de esta hora el recurso responde 401 y hace falta un token nuevo.</translation>
        </message>
        <message>
            <source>Opaque internal claim; do not use it.</source>
            <translation>Notificación interna opaca; no la uses.</translation>
        </message>
        <message>
            <source>Client ID of the caller: the managed identity's client (app) ID.</source>
            <translation>Id. de cliente del autor de la llamada: el id. de cliente (aplicación) de la identidad administrada.</translation>
        </message>
        <message>
            <source>Client ID of the caller (v2 tokens): the managed identity's client ID.</source>
            <translation>Id. de cliente del autor de la llamada (tokens v2): el id. de cliente de la identidad administrada.</translation>
        </message>
        <message>
            <source>How the client authenticated: 0 public, 1 secret, 2 certificate (managed identities show 2).</source>
            <translation>Cómo se autenticó el cliente: 0 público, 1 secreto, 2 certificado (las identidades administradas muestran 2).</translation>
        </message>
        <message>
            <source>How the client authenticated (v2 tokens): 0 public, 1 secret, 2 certificate.</source>
            <translation>Cómo se autenticó el cliente (tokens v2): 0 público, 1 secreto, 2 certificado.</translation>
        </message>
        <message>
            <source>Identity provider; for a managed identity it equals the issuer.</source>
            <translation>Proveedor de identidad; en una identidad administrada coincide con el emisor.</translation>
        </message>
        <message>
            <source>Identity type: "app" for an app-only token such as a managed identity's, "user" for a signed-in user.</source>
            <translation>Tipo de identidad: «app» para un token solo de aplicación, como el de una identidad administrada; «user» para un usuario que ha iniciado sesión.</translation>
        </message>
        <message>
            <source>Object ID of the service principal = the managed identity's principal ID. Role assignments are matched against it.</source>
            <translation>Id. de objeto de la entidad de servicio = el id. de entidad de seguridad de la identidad administrada. Las asignaciones de roles se comparan con él.</translation>
        </message>
        <message>
            <source>Subject; for an app-only token it equals the service principal's object ID.</source>
            <translation>Sujeto; en un token solo de aplicación coincide con el id. de objeto de la entidad de servicio.</translation>
        </message>
        <message>
            <source>Tenant ID of the directory that owns the identity.</source>
            <translation>Id. del inquilino del directorio al que pertenece la identidad.</translation>
        </message>
        <message>
            <source>Unique token identifier.</source>
            <translation>Identificador único del token.</translation>
        </message>
        <message>
            <source>Token format version, 1.0 or 2.0.</source>
            <translation>Versión del formato del token, 1.0 o 2.0.</translation>
        </message>
        <message>
            <source>App roles granted to the identity on the target API.</source>
            <translation>Roles de aplicación concedidos a la identidad en la API de destino.</translation>
        </message>
        <message>
            <source>Groups the identity belongs to; cached with the token, so membership changes can take hours to apply.</source>
            <translation>Grupos a los que pertenece la identidad; se guardan en caché con el token, así que los cambios de pertenencia pueden tardar horas en aplicarse.</translation>
        </message>
        <message>
            <source>User principal name: present on user tokens, never on managed-identity tokens.</source>
            <translation>Nombre principal de usuario: aparece en los tokens de usuario, nunca en los de identidades administradas.</translation>
        </message>
        <message>
            <source>Resource ID of the managed identity: the hosting resource for a system-assigned identity, the identity resource for a user-assigned one.</source>
            <translation>Id. de recurso de la identidad administrada: el recurso que la aloja si es asignada por el sistema, el recurso de identidad si es asignada por el usuario.</translation>
        </message>
        <message>
            <source>Resource ID of the compute resource that asked for the token (seen on some user-assigned identity tokens).</source>
            <translation>Id. de recurso del recurso de proceso que pidió el token (aparece en algunos tokens de identidades asignadas por el usuario).</translation>
        </message>
        <message>
            <source>Tenant creation time (Unix seconds), as usually interpreted.</source>
            <translation>Momento de creación del inquilino (segundos Unix), según la interpretación habitual.</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::FlowView</name>
        <message>
            <source>Show only events of one kind</source>
            <translation>Mostrar solo eventos de un tipo</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>Todos los resultados</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>Correctos</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Con error</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>Reiniciar</translation>
        </message>
        <message>
            <source>Back to before the first event (Home)</source>
            <translation>Volver antes del primer evento (Inicio)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Previous event (Left)</source>
            <translation>Evento anterior (Izquierda)</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Reproducir</translation>
        </message>
        <message>
            <source>Play or pause (Space)</source>
            <translation>Reproducir o pausar (Espacio)</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>Next event (Right)</source>
            <translation>Evento siguiente (Derecha)</translation>
        </message>
        <message>
            <source>Speed:</source>
            <translation>Velocidad:</translation>
        </message>
        <message>
            <source>%1×</source>
            <translation>%1×</translation>
        </message>
        <message>
            <source>PNG…</source>
            <translation>PNG…</translation>
        </message>
        <message>
            <source>Export the diagram as a PNG image</source>
            <translation>Exportar el diagrama como imagen PNG</translation>
        </message>
        <message>
            <source>SVG…</source>
            <translation>SVG…</translation>
        </message>
        <message>
            <source>Export the diagram as an SVG drawing (for slides)</source>
            <translation>Exportar el diagrama como dibujo SVG (para diapositivas)</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>No trace yet: run a workload.</source>
            <translation>Aún no hay traza: ejecuta una carga de trabajo.</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) — press Play or Right to start</source>
            <translation>
                <numerusform>%n evento: pulsa Reproducir o Derecha para empezar</numerusform>
                <numerusform>%n eventos: pulsa Reproducir o Derecha para empezar</numerusform>
            </translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Paso %1 de %2</translation>
        </message>
        <message>
            <source>Keyless authentication flow</source>
            <translation>Flujo de autenticación de Keyless</translation>
        </message>
        <message>
            <source>Exported from Keyless</source>
            <translation>Exportado desde Keyless</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Dibujo SVG (*.svg)</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Imagen PNG (*.png)</translation>
        </message>
        <message>
            <source>Export diagram as SVG</source>
            <translation>Exportar el diagrama como SVG</translation>
        </message>
        <message>
            <source>Export diagram as PNG</source>
            <translation>Exportar el diagrama como PNG</translation>
        </message>
        <message>
            <source>Events of the run</source>
            <translation>Eventos de la ejecución</translation>
        </message>
        <message>
            <source>Authentication flow diagram</source>
            <translation>Diagrama del flujo de autenticación</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::LabBrowser</name>
        <message>
            <source>Not started</source>
            <translation>Sin empezar</translation>
        </message>
        <message>
            <source>From %1</source>
            <translation>De %1</translation>
        </message>
        <message>
            <source>%1 (AZ-204 %2)</source>
            <translation>%1 (AZ-204 %2)</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Labs&lt;/h2&gt;&lt;p&gt;Change the simulated cloud, run the app and watch what happens. Your work is saved as you go.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Laboratorios&lt;/h2&gt;&lt;p&gt;Cambia la nube simulada, ejecuta la aplicación y mira qué pasa. Tu trabajo se guarda sobre la marcha.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Labs&lt;/h2&gt;&lt;p&gt;Change the simulated cloud, run the app and watch what happens. Your work is not saved in this session.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Laboratorios&lt;/h2&gt;&lt;p&gt;Cambia la nube simulada, ejecuta la aplicación y mira qué pasa. Tu trabajo no se guarda en esta sesión.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Some lab files could not be loaded:
%1</source>
            <translation>No se pudieron cargar algunos archivos de laboratorio:
%1</translation>
        </message>
        <message>
            <source>Beginner</source>
            <translation>Principiante</translation>
        </message>
        <message>
            <source>Intermediate</source>
            <translation>Intermedio</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Avanzado</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n min</source>
            <translation>
                <numerusform>%1 · %n min</numerusform>
                <numerusform>%1 · %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>Skills: %1</source>
            <translation>Habilidades: %1</translation>
        </message>
        <message>
            <source>%p% best</source>
            <translation>%p % mejor resultado</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::LabWorkspace</name>
        <message>
            <source>All tasks pass: the lab is complete. Check my work shows the summary.</source>
            <translation>Todas las tareas se cumplen: el laboratorio está completo. «Comprobar mi trabajo» muestra el resumen.</translation>
        </message>
        <message>
            <source>**Where it stands:** %1</source>
            <translation>**Situación:** %1</translation>
        </message>
        <message>
            <source>Show tasks and console</source>
            <translation>Mostrar tareas y consola</translation>
        </message>
        <message>
            <source>Enlarge the flow</source>
            <translation>Ampliar el flujo</translation>
        </message>
        <message>
            <source>Show the story, the tasks and the console again</source>
            <translation>Volver a mostrar el escenario, las tareas y la consola</translation>
        </message>
        <message>
            <source>Give the flow the whole workspace, for the class or a long run</source>
            <translation>Dar al flujo todo el espacio de trabajo, para la clase o una ejecución larga</translation>
        </message>
        <message>
            <source>All tasks pass: the lab is complete, and saved. Check my work shows the summary.</source>
            <translation>Todas las tareas se cumplen: el laboratorio está completo y guardado. «Comprobar mi trabajo» muestra el resumen.</translation>
        </message>
        <message>
            <source>Not done yet: %1</source>
            <translation>Aún pendiente: %1</translation>
        </message>
        <message>
            <source>Done: %1</source>
            <translation>Hecho: %1</translation>
        </message>
        <message>
            <source>Reset lab</source>
            <translation>Reiniciar el laboratorio</translation>
        </message>
        <message>
            <source>← Labs</source>
            <translation>← Laboratorios</translation>
        </message>
        <message>
            <source>▶ Run</source>
            <translation>▶ Ejecutar</translation>
        </message>
        <message>
            <source>Invoke the app's code and play its trace in the flow view</source>
            <translation>Invocar el código de la aplicación y reproducir su traza en la vista del flujo</translation>
        </message>
        <message>
            <source>Check my work</source>
            <translation>Comprobar mi trabajo</translation>
        </message>
        <message>
            <source>Fast-forward</source>
            <translation>Avanzar</translation>
        </message>
        <message>
            <source>Advance simulated time (role propagation, cached tokens)</source>
            <translation>Adelantar el tiempo simulado (propagación de roles, tokens en caché)</translation>
        </message>
        <message>
            <source>1 minute</source>
            <translation>1 minuto</translation>
        </message>
        <message>
            <source>10 minutes</source>
            <translation>10 minutos</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 hora</translation>
        </message>
        <message>
            <source>24 hours</source>
            <translation>24 horas</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Restablecer</translation>
        </message>
        <message>
            <source>%p% complete</source>
            <translation>%p % completado</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <source>Show a hint</source>
            <translation>Mostrar una pista</translation>
        </message>
        <message>
            <source>Portal</source>
            <translation>Portal</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Flujo</translation>
        </message>
        <message>
            <source>Back to the lab</source>
            <translation>Volver al laboratorio</translation>
        </message>
        <message>
            <source>Next lab</source>
            <translation>Siguiente laboratorio</translation>
        </message>
        <message>
            <source>All labs</source>
            <translation>Todos los laboratorios</translation>
        </message>
        <message>
            <source>Open a lab first.</source>
            <translation>Primero abre un laboratorio.</translation>
        </message>
        <message numerus="yes">
            <source>Resumed your attempt: %n command(s) replayed.</source>
            <translation>
                <numerusform>Intento reanudado: se repitió %n comando.</numerusform>
                <numerusform>Intento reanudado: se repitieron %n comandos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Run %1</source>
            <translation>Ejecutar %1</translation>
        </message>
        <message>
            <source>Lab %1 — type commands here; portal actions show their az command here too.</source>
            <translation>Laboratorio %1: escribe aquí los comandos; las acciones del portal también muestran aquí su comando az.</translation>
        </message>
        <message>
            <source>Lab complete: %1 of %2 points</source>
            <translation>Laboratorio completado: %1 de %2 puntos</translation>
        </message>
        <message>
            <source>What each task taught</source>
            <translation>Lo que enseñó cada tarea</translation>
        </message>
        <message>
            <source>%1 of %2 points</source>
            <translation>%1 de %2 puntos</translation>
        </message>
        <message>
            <source>Next lab: %1</source>
            <translation>Siguiente laboratorio: %1</translation>
        </message>
        <message>
            <source>Reset the lab to its starting state? Your commands are discarded; hints you have seen stay counted.</source>
            <translation>¿Reiniciar el laboratorio a su estado inicial? Tus comandos se descartan; las pistas que ya viste siguen contando.</translation>
        </message>
        <message>
            <source>The lab was reset to its starting state.</source>
            <translation>El laboratorio se reinició a su estado inicial.</translation>
        </message>
        <message>
            <source>Show a hint (%1 of %2 used)</source>
            <translation>Mostrar una pista (%1 de %2 usadas)</translation>
        </message>
        <message>
            <source>**Hint %1.** %2</source>
            <translation>**Pista %1.** %2</translation>
        </message>
        <message>
            <source>%1/%2</source>
            <translation>%1/%2</translation>
        </message>
        <message numerus="yes">
            <source>%n hint(s) used</source>
            <translation>
                <numerusform>%n pista usada</numerusform>
                <numerusform>%n pistas usadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Lab story</source>
            <translation>Escenario del laboratorio</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tareas</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::PortalView</name>
        <message>
            <source>&lt;b&gt;Not added:&lt;/b&gt; a setting&apos;s name can hold only letters, digits, periods (.) and underscores (_).</source>
            <translation>&lt;b&gt;No se ha añadido:&lt;/b&gt; el nombre de una configuración solo puede contener letras, dígitos, puntos (.) y guiones bajos (_).</translation>
        </message>
        <message>
            <source>Key-based authentication is disabled, so Data Explorer uses your Microsoft Entra account, which needs a Cosmos DB data-plane role such as Cosmos DB Built-in Data Reader. Azure roles such as Owner do not count.</source>
            <translation>La autenticación basada en claves está desactivada, así que el Explorador de datos usa su cuenta de Microsoft Entra, que necesita un rol del plano de datos de Cosmos DB como Cosmos DB Built-in Data Reader. Los roles de Azure como Owner no cuentan.</translation>
        </message>
        <message>
            <source>Your account can neither list the account keys nor read items with a Cosmos DB data-plane role.</source>
            <translation>Su cuenta no puede listar las claves de la cuenta ni leer elementos con un rol del plano de datos de Cosmos DB.</translation>
        </message>
        <message>
            <source>Items not shown: you have no permission to read them.</source>
            <translation>Elementos no mostrados: no tiene permiso para leerlos.</translation>
        </message>
        <message>
            <source>Shared key access is off, so the portal signs in with your Microsoft Entra account, which needs a data role such as Storage Blob Data Reader. Owner and Contributor are not data roles.</source>
            <translation>El acceso con clave compartida está desactivado, así que el portal usa su cuenta de Microsoft Entra, que necesita un rol de datos como Storage Blob Data Reader. Owner y Contributor no son roles de datos.</translation>
        </message>
        <message>
            <source>Your account can neither list the account keys nor read blobs with a data role such as Storage Blob Data Reader.</source>
            <translation>Su cuenta no puede listar las claves de la cuenta ni leer blobs con un rol de datos como Storage Blob Data Reader.</translation>
        </message>
        <message>
            <source>Blobs not shown: you have no permission to list them.</source>
            <translation>Blobs no mostrados: no tiene permiso para listarlos.</translation>
        </message>
        <message>
            <source>This vault uses access policies: listing secrets needs a policy for your account that allows List.</source>
            <translation>Este almacén usa directivas de acceso: para listar los secretos, su cuenta necesita una directiva que permita List.</translation>
        </message>
        <message>
            <source>Listing secrets needs a Key Vault data role for your account, such as Key Vault Secrets User or Key Vault Reader. Owner and Contributor manage the vault, not its contents.</source>
            <translation>Para listar los secretos, su cuenta necesita un rol de datos de Key Vault, como Key Vault Secrets User o Key Vault Reader. Owner y Contributor administran el almacén, no su contenido.</translation>
        </message>
        <message>
            <source>You are unauthorized to view these contents.</source>
            <translation>No tiene autorización para ver este contenido.</translation>
        </message>
        <message>
            <source>%1 (system-assigned)</source>
            <translation>%1 (asignada por el sistema)</translation>
        </message>
        <message>
            <source>%1 (user-assigned)</source>
            <translation>%1 (asignada por el usuario)</translation>
        </message>
        <message numerus="yes">
            <source>System-assigned identity and %n user-assigned identity(s)</source>
            <translation>
                <numerusform>Identidad asignada por el sistema y %n identidad asignada por el usuario</numerusform>
                <numerusform>Identidad asignada por el sistema y %n identidades asignadas por el usuario</numerusform>
            </translation>
        </message>
        <message>
            <source>System-assigned identity</source>
            <translation>Identidad asignada por el sistema</translation>
        </message>
        <message numerus="yes">
            <source>%n user-assigned identity(s)</source>
            <translation>
                <numerusform>%n identidad asignada por el usuario</numerusform>
                <numerusform>%n identidades asignadas por el usuario</numerusform>
            </translation>
        </message>
        <message>
            <source>None (no managed identity)</source>
            <translation>Ninguna (sin identidad administrada)</translation>
        </message>
        <message>
            <source>Identity not found (%1)</source>
            <translation>Identidad no encontrada (%1)</translation>
        </message>
        <message>
            <source>Function App</source>
            <translation>Aplicación de funciones</translation>
        </message>
        <message>
            <source>App Service</source>
            <translation>App Service</translation>
        </message>
        <message>
            <source>Virtual machine</source>
            <translation>Máquina virtual</translation>
        </message>
        <message>
            <source>Key vault</source>
            <translation>Key Vault</translation>
        </message>
        <message>
            <source>Storage account</source>
            <translation>Cuenta de almacenamiento</translation>
        </message>
        <message>
            <source>Azure Cosmos DB account</source>
            <translation>Cuenta de Azure Cosmos DB</translation>
        </message>
        <message>
            <source>Managed Identity</source>
            <translation>Identidad administrada</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Recurso</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Resource group</source>
            <translation>Grupo de recursos</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Información general</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Resource ID</source>
            <translation>Id. de recurso</translation>
        </message>
        <message>
            <source>Endpoint</source>
            <translation>Punto de conexión</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identidad</translation>
        </message>
        <message>
            <source>Client ID</source>
            <translation>Id. de cliente</translation>
        </message>
        <message>
            <source>Object (principal) ID</source>
            <translation>Id. de objeto (entidad de seguridad)</translation>
        </message>
        <message>
            <source>Object (principal) ID: %1</source>
            <translation>Id. de objeto (entidad de seguridad): %1</translation>
        </message>
        <message>
            <source>No system-assigned identity: the app has no principal of its own.</source>
            <translation>Sin identidad asignada por el sistema: la aplicación no tiene entidad de seguridad propia.</translation>
        </message>
        <message>
            <source>Access control (IAM)</source>
            <translation>Control de acceso (IAM)</translation>
        </message>
        <message>
            <source>This resource</source>
            <translation>Este recurso</translation>
        </message>
        <message>
            <source>Inherited</source>
            <translation>Heredado</translation>
        </message>
        <message>
            <source>Child resource</source>
            <translation>Recurso secundario</translation>
        </message>
        <message>
            <source> (propagating)</source>
            <translation> (propagándose)</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Secrets</source>
            <translation>Secretos</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation>Habilitado</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Deshabilitado</translation>
        </message>
        <message>
            <source>Access policy: %1</source>
            <translation>Directiva de acceso: %1</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>Contenedores</translation>
        </message>
        <message numerus="yes">
            <source>%n blob(s)</source>
            <translation>
                <numerusform>%n blob</numerusform>
                <numerusform>%n blobs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>Data Explorer</source>
            <translation>Explorador de datos</translation>
        </message>
        <message>
            <source>Account (/)</source>
            <translation>Cuenta (/)</translation>
        </message>
        <message>
            <source>database</source>
            <translation>base de datos</translation>
        </message>
        <message>
            <source>Database %1</source>
            <translation>Base de datos %1</translation>
        </message>
        <message>
            <source>container (%1)</source>
            <translation>contenedor (%1)</translation>
        </message>
        <message>
            <source>Container %1/%2</source>
            <translation>Contenedor %1/%2</translation>
        </message>
        <message>
            <source>&lt;b&gt;System assigned&lt;/b&gt; — tied to this resource: created with it, deleted with it, one per resource.</source>
            <translation>&lt;b&gt;Asignada por el sistema&lt;/b&gt;: ligada a este recurso; se crea y se elimina con él, una por recurso.</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Desactivado</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Activado</translation>
        </message>
        <message>
            <source>System-assigned identity: Off</source>
            <translation>Identidad asignada por el sistema: desactivada</translation>
        </message>
        <message>
            <source>System-assigned identity: On</source>
            <translation>Identidad asignada por el sistema: activada</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>&lt;b&gt;User assigned&lt;/b&gt; — identities that live on their own and can be shared.</source>
            <translation>&lt;b&gt;Asignadas por el usuario&lt;/b&gt;: identidades independientes que se pueden compartir.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <source>Add role assignment</source>
            <translation>Agregar asignación de roles</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <source>&lt;b&gt;Application settings&lt;/b&gt; — environment variables of the app. A key or a connection string here is a secret to get rid of.</source>
            <translation>&lt;b&gt;Configuración de la aplicación&lt;/b&gt;: variables de entorno de la aplicación. Una clave o una cadena de conexión aquí es un secreto del que hay que deshacerse.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Add / update</source>
            <translation>Agregar / actualizar</translation>
        </message>
        <message>
            <source>Delete selected</source>
            <translation>Eliminar la selección</translation>
        </message>
        <message>
            <source>Permission model:</source>
            <translation>Modelo de permisos:</translation>
        </message>
        <message>
            <source>Azure role-based access control (recommended)</source>
            <translation>Control de acceso basado en roles de Azure (recomendado)</translation>
        </message>
        <message>
            <source>Vault access policy</source>
            <translation>Directiva de acceso del almacén</translation>
        </message>
        <message>
            <source>Status / permissions</source>
            <translation>Estado / permisos</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versiones</translation>
        </message>
        <message>
            <source>Allow storage account key access</source>
            <translation>Permitir el acceso con clave de la cuenta de almacenamiento</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Disable key-based (local) authentication</source>
            <translation>Deshabilitar la autenticación basada en claves (local)</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <source>&lt;b&gt;Data-plane role assignment&lt;/b&gt; — Cosmos DB has its own RBAC, separate from Access control (IAM).</source>
            <translation>&lt;b&gt;Asignación de roles del plano de datos&lt;/b&gt;: Cosmos DB tiene su propio RBAC, independiente del control de acceso (IAM).</translation>
        </message>
        <message>
            <source>Cosmos DB Built-in Data Reader</source>
            <translation>Cosmos DB Built-in Data Reader</translation>
        </message>
        <message>
            <source>Cosmos DB Built-in Data Contributor</source>
            <translation>Cosmos DB Built-in Data Contributor</translation>
        </message>
        <message>
            <source>Assign data role</source>
            <translation>Asignar el rol de datos</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Recursos</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::SimNarration</name>
        <message>
            <source>role definition %1 does not exist</source>
            <translation>la definición de rol %1 no existe</translation>
        </message>
        <message>
            <source>%1 grants no data actions</source>
            <translation>%1 no concede acciones de datos</translation>
        </message>
        <message>
            <source>%1 does not include %2</source>
            <translation>%1 no incluye %2</translation>
        </message>
        <message>
            <source>%1 would allow it but is still propagating (in effect at %2)</source>
            <translation>%1 lo permitiría, pero aún se está propagando (en vigor a partir de %2)</translation>
        </message>
        <message>
            <source>%1 at %2 allows %3</source>
            <translation>%1 en %2 permite %3</translation>
        </message>
        <message>
            <source>allowed: %1</source>
            <translation>permitido: %1</translation>
        </message>
        <message>
            <source>allowed: %1 (through a group)</source>
            <translation>permitido: %1 (a través de un grupo)</translation>
        </message>
        <message>
            <source>denied: no role assignment for this principal at this scope or above; needed data action %1 on %2</source>
            <translation>denegado: ninguna asignación de roles para esta entidad de seguridad en este ámbito o por encima; se necesita la acción de datos %1 en %2</translation>
        </message>
        <message>
            <source>denied: no role assignment for this principal at this scope or above; needed action %1 on %2</source>
            <translation>denegado: ninguna asignación de roles para esta entidad de seguridad en este ámbito o por encima; se necesita la acción %1 en %2</translation>
        </message>
        <message>
            <source>denied: %1; needed data action %2 on %3</source>
            <translation>denegado: %1; se necesita la acción de datos %2 en %3</translation>
        </message>
        <message>
            <source>denied: %1; needed action %2 on %3</source>
            <translation>denegado: %1; se necesita la acción %2 en %3</translation>
        </message>
        <message>
            <source>%1 at %2: %3</source>
            <extracomment>One assignment in a denial: role, short scope, reason.</extracomment>
            <translation>%1 en %2: %3</translation>
        </message>
        <message>
            <source>%1 (the vault uses Azure RBAC: its access policies are ignored)</source>
            <translation>%1 (el almacén usa RBAC de Azure: sus directivas de acceso se omiten)</translation>
        </message>
        <message>
            <source>the policy allows secrets %1</source>
            <translation>la directiva permite secrets %1</translation>
        </message>
        <message>
            <source>the policy does not include secrets %1</source>
            <translation>la directiva no incluye secrets %1</translation>
        </message>
        <message>
            <source>allowed: an access policy grants secrets %1</source>
            <translation>permitido: una directiva de acceso concede secrets %1</translation>
        </message>
        <message>
            <source>denied: no access policy for this principal; needed secrets %1 (the vault uses access policies: Azure RBAC data roles are ignored)</source>
            <translation>denegado: ninguna directiva de acceso para esta entidad de seguridad; se necesita secrets %1 (el almacén usa directivas de acceso: los roles de datos de RBAC de Azure se omiten)</translation>
        </message>
        <message>
            <source>denied: the access policy does not include secrets %1</source>
            <translation>denegado: la directiva de acceso no incluye secrets %1</translation>
        </message>
        <message>
            <source>No bearer token: the normal first step of the SDK challenge protocol (it then fetches a token).</source>
            <translation>Sin token de portador: el primer paso normal del protocolo de desafío del SDK (después obtiene un token).</translation>
        </message>
        <message>
            <source>Key Vault accepts only tokens issued for https://vault.azure.net.</source>
            <translation>Key Vault solo acepta tokens emitidos para https://vault.azure.net.</translation>
        </message>
        <message>
            <source>The token comes from another tenant than the vault's.</source>
            <translation>El token procede de un inquilino distinto del del almacén.</translation>
        </message>
        <message>
            <source>The token expired at %1.</source>
            <translation>El token expiró el %1.</translation>
        </message>
        <message>
            <source>Secret list (ids and attributes, never values).</source>
            <translation>Lista de secretos (id. y atributos, nunca valores).</translation>
        </message>
        <message>
            <source>Secret value returned.</source>
            <translation>Se devolvió el valor del secreto.</translation>
        </message>
        <message>
            <source>New secret version stored.</source>
            <translation>Se guardó una nueva versión del secreto.</translation>
        </message>
        <message>
            <source>Secret deleted (soft delete).</source>
            <translation>Secreto eliminado (eliminación temporal).</translation>
        </message>
        <message>
            <source>Storage accepts "Authorization: Bearer &lt;token&gt;" (with x-ms-version 2017-11-09 or later) or "SharedKey &lt;account&gt;:&lt;signature&gt;"; this header is neither.</source>
            <translation>Storage acepta "Authorization: Bearer &lt;token&gt;" (con x-ms-version 2017-11-09 o posterior) o "SharedKey &lt;account&gt;:&lt;signature&gt;"; este encabezado no es ninguno de los dos.</translation>
        </message>
        <message>
            <source>allowed: Shared Key (account key) authorizes everything; RBAC is not consulted</source>
            <translation>permitido: Shared Key (clave de cuenta) lo autoriza todo; no se consulta RBAC</translation>
        </message>
        <message>
            <source>No x-ms-version header: Storage reads the request as an old service version, which has no OAuth. Send x-ms-version: 2017-11-09 or later (the SDKs and az do).</source>
            <translation>Sin encabezado x-ms-version: Storage lee la solicitud como una versión antigua del servicio, que no tiene OAuth. Envíe x-ms-version: 2017-11-09 o posterior (los SDK y az lo hacen).</translation>
        </message>
        <message>
            <source>x-ms-version %1 predates OAuth support in Storage (2017-11-09).</source>
            <translation>x-ms-version %1 es anterior a la compatibilidad con OAuth en Storage (2017-11-09).</translation>
        </message>
        <message>
            <source>the bearer token is not a well-formed JWT (header.payload.signature, each base64url): was it cut short or quoted?</source>
            <translation>el token de portador no es un JWT bien formado (header.payload.signature, cada parte en base64url): ¿se cortó o se puso entre comillas?</translation>
        </message>
        <message>
            <source>Container list.</source>
            <translation>Lista de contenedores.</translation>
        </message>
        <message>
            <source>Container created.</source>
            <translation>Contenedor creado.</translation>
        </message>
        <message>
            <source>Blob list.</source>
            <translation>Lista de blobs.</translation>
        </message>
        <message>
            <source>Blob uploaded.</source>
            <translation>Blob cargado.</translation>
        </message>
        <message>
            <source>Blob deleted.</source>
            <translation>Blob eliminado.</translation>
        </message>
        <message>
            <source>Blob content returned.</source>
            <translation>Se devolvió el contenido del blob.</translation>
        </message>
        <message>
            <source>%1 is scoped to %2, not %3</source>
            <translation>el ámbito de %1 es %2, no %3</translation>
        </message>
        <message>
            <source>%1 is still propagating (in effect at %2)</source>
            <translation>%1 aún se está propagando (en vigor a partir de %2)</translation>
        </message>
        <message>
            <source>denied: no Cosmos DB data-plane (SQL) role assignment for this principal. Azure RBAC roles such as Contributor or DocumentDB Account Contributor do not count; needed %1 on %2</source>
            <translation>denegado: ninguna asignación de roles del plano de datos de Cosmos DB (SQL) para esta entidad de seguridad. Los roles de RBAC de Azure como Contributor o DocumentDB Account Contributor no cuentan; se necesita %1 en %2</translation>
        </message>
        <message>
            <source>denied: %1; needed %2 on %3</source>
            <translation>denegado: %1; se necesita %2 en %3</translation>
        </message>
        <message>
            <source>%1 Cosmos DB expects Authorization: type=aad&amp;ver=1.0&amp;sig=&lt;token&gt; (or type=master&amp;ver=1.0&amp;sig=&lt;signature&gt;), URL-encoded; not "Bearer &lt;token&gt;".</source>
            <extracomment>%1 is Cosmos DB&apos;s own error message (it stays English).</extracomment>
            <translation>%1 Cosmos DB espera Authorization: type=aad&amp;ver=1.0&amp;sig=&lt;token&gt; (o type=master&amp;ver=1.0&amp;sig=&lt;signature&gt;), con codificación URL; no "Bearer &lt;token&gt;".</translation>
        </message>
        <message>
            <source>allowed: the account key authorizes data and management operations; RBAC is not consulted</source>
            <translation>permitido: la clave de cuenta autoriza las operaciones de datos y de administración; no se consulta RBAC</translation>
        </message>
        <message>
            <source>denied: creating/deleting databases and containers is a management operation; Entra tokens on the data plane cannot do it (use ARM or the account key)</source>
            <translation>denegado: crear o eliminar bases de datos y contenedores es una operación de administración; los tokens de Entra en el plano de datos no pueden hacerlo (use ARM o la clave de cuenta)</translation>
        </message>
        <message>
            <source>Database created with the account key.</source>
            <translation>Base de datos creada con la clave de cuenta.</translation>
        </message>
        <message>
            <source>Container created with the account key.</source>
            <translation>Contenedor creado con la clave de cuenta.</translation>
        </message>
        <message>
            <source>Database deleted.</source>
            <translation>Base de datos eliminada.</translation>
        </message>
        <message>
            <source>Container deleted.</source>
            <translation>Contenedor eliminado.</translation>
        </message>
        <message>
            <source>Account metadata (every SDK reads it first).</source>
            <translation>Metadatos de la cuenta (todos los SDK los leen primero).</translation>
        </message>
        <message>
            <source>Database list.</source>
            <translation>Lista de bases de datos.</translation>
        </message>
        <message>
            <source>Database metadata.</source>
            <translation>Metadatos de la base de datos.</translation>
        </message>
        <message>
            <source>Container metadata.</source>
            <translation>Metadatos del contenedor.</translation>
        </message>
        <message>
            <source>Query results.</source>
            <translation>Resultados de la consulta.</translation>
        </message>
        <message>
            <source>Document list (ReadFeed).</source>
            <translation>Lista de documentos (ReadFeed).</translation>
        </message>
        <message>
            <source>Item replaced (upsert).</source>
            <translation>Elemento reemplazado (upsert).</translation>
        </message>
        <message>
            <source>Item created.</source>
            <translation>Elemento creado.</translation>
        </message>
        <message>
            <source>Item read.</source>
            <translation>Elemento leído.</translation>
        </message>
        <message>
            <source>Item replaced.</source>
            <translation>Elemento reemplazado.</translation>
        </message>
        <message>
            <source>Item deleted.</source>
            <translation>Elemento eliminado.</translation>
        </message>
        <message>
            <source>ARM accepts only management audiences.</source>
            <translation>ARM solo acepta audiencias de administración.</translation>
        </message>
        <message>
            <source>The token has expired.</source>
            <translation>El token ha expirado.</translation>
        </message>
        <message>
            <source>ARM answered.</source>
            <translation>ARM respondió.</translation>
        </message>
        <message>
            <source>token request for %1</source>
            <translation>solicitud de token para %1</translation>
        </message>
        <message>
            <source>Only the identity endpoints are simulated.</source>
            <translation>Solo se simulan los puntos de conexión de identidad.</translation>
        </message>
        <message>
            <source>IMDS only supports GET.</source>
            <translation>IMDS solo admite GET.</translation>
        </message>
        <message>
            <source>More than %1 managed-identity requests in one second from this VM: IMDS throttles. Retry with exponential back-off.</source>
            <translation>Más de %1 solicitudes de identidad administrada en un segundo desde esta VM: IMDS limita la velocidad. Reintente con retroceso exponencial.</translation>
        </message>
        <message>
            <source>IMDS requires the header 'Metadata: true' (SSRF protection; documented code bad_request_102).</source>
            <translation>IMDS requiere el encabezado 'Metadata: true' (protección contra SSRF; código documentado bad_request_102).</translation>
        </message>
        <message>
            <source>IMDS needs a supported api-version (2018-02-01 or later).</source>
            <translation>IMDS necesita una api-version admitida (2018-02-01 o posterior).</translation>
        </message>
        <message>
            <source>Tenant of the VM's identity.</source>
            <translation>Inquilino de la identidad de la VM.</translation>
        </message>
        <message>
            <source>Unknown IMDS path.</source>
            <translation>Ruta de IMDS desconocida.</translation>
        </message>
        <message>
            <source>IMDS rejects duplicate query parameters.</source>
            <translation>IMDS rechaza los parámetros de consulta duplicados.</translation>
        </message>
        <message>
            <source>The token request must name the resource (audience).</source>
            <translation>La solicitud de token debe indicar el recurso (audiencia).</translation>
        </message>
        <message>
            <source>client_id, object_id and msi_res_id are mutually exclusive.</source>
            <translation>client_id, object_id y msi_res_id son mutuamente excluyentes.</translation>
        </message>
        <message>
            <source>No identity selector: the system-assigned identity is the default.</source>
            <translation>Sin selector de identidad: la identidad asignada por el sistema es la predeterminada.</translation>
        </message>
        <message>
            <source>No identity selector and no system-assigned identity: the single user-assigned identity is used.</source>
            <translation>Sin selector de identidad ni identidad asignada por el sistema: se usa la única identidad asignada por el usuario.</translation>
        </message>
        <message>
            <source>No system-assigned identity and several user-assigned ones: the request must say which (client_id, object_id or msi_res_id).</source>
            <translation>Sin identidad asignada por el sistema y con varias asignadas por el usuario: la solicitud debe indicar cuál (client_id, object_id o msi_res_id).</translation>
        </message>
        <message>
            <source>Selected by %1.</source>
            <extracomment>%1 is the selector as sent, e.g. client_id=…</extracomment>
            <translation>Seleccionada mediante %1.</translation>
        </message>
        <message>
            <source>This VM has no managed identity.</source>
            <translation>Esta VM no tiene identidad administrada.</translation>
        </message>
        <message>
            <source>The requested identity is not assigned to this VM.</source>
            <translation>La identidad solicitada no está asignada a esta VM.</translation>
        </message>
        <message>
            <source>Entra has no resource principal with that name: check the resource / scope.</source>
            <translation>Entra no tiene ninguna entidad de seguridad de recurso con ese nombre: compruebe el recurso o el ámbito (scope).</translation>
        </message>
        <message>
            <source>Send the value of IDENTITY_HEADER as the X-IDENTITY-HEADER header (SSRF protection).</source>
            <translation>Envíe el valor de IDENTITY_HEADER como encabezado X-IDENTITY-HEADER (protección contra SSRF).</translation>
        </message>
        <message>
            <source>The App Service identity endpoint protocol is api-version 2019-08-01.</source>
            <translation>El protocolo del punto de conexión de identidad de App Service es api-version 2019-08-01.</translation>
        </message>
        <message>
            <source>Name the resource (audience) to get a token for.</source>
            <translation>Indique el recurso (audiencia) para el que se quiere el token.</translation>
        </message>
        <message>
            <source>The identity selectors are mutually exclusive.</source>
            <translation>Los selectores de identidad son mutuamente excluyentes.</translation>
        </message>
        <message>
            <source>No identity selector: the system-assigned identity.</source>
            <translation>Sin selector de identidad: la identidad asignada por el sistema.</translation>
        </message>
        <message>
            <source>Selected by the identity parameter.</source>
            <translation>Seleccionada mediante el parámetro de identidad.</translation>
        </message>
        <message>
            <source>No selector was given, so the endpoint looked for the system-assigned identity, and this app has none (a lone user-assigned identity is not picked automatically).</source>
            <translation>No se indicó ningún selector, así que el punto de conexión buscó la identidad asignada por el sistema, y esta aplicación no tiene ninguna (una única identidad asignada por el usuario no se elige automáticamente).</translation>
        </message>
        <message>
            <source>The requested identity is not assigned to this app.</source>
            <translation>La identidad solicitada no está asignada a esta aplicación.</translation>
        </message>
        <message>
            <source>Entra has no resource principal with that name.</source>
            <translation>Entra no tiene ninguna entidad de seguridad de recurso con ese nombre.</translation>
        </message>
        <message>
            <source>The managed identity endpoint keeps tokens per identity and resource until they expire: this token carries the groups and roles it was issued with.</source>
            <translation>El punto de conexión de identidades administradas guarda los tokens por identidad y recurso hasta que expiran: este token lleva los grupos y roles con los que se emitió.</translation>
        </message>
        <message>
            <source>New token for %1 (oid %2), valid until %3.</source>
            <extracomment>%1 identity name, %2 object id, %3 expiry time</extracomment>
            <translation>Nuevo token para %1 (oid %2), válido hasta %3.</translation>
        </message>
        <message>
            <source>The platform read the secret with the app's identity (%1).</source>
            <extracomment>%1 SystemAssigned or the user-assigned identity&apos;s resource id</extracomment>
            <translation>La plataforma leyó el secreto con la identidad de la aplicación (%1).</translation>
        </message>
        <message>
            <source>Not resolved (%1): %2 The app sees the literal reference text.</source>
            <extracomment>%1 the reference status (MSINotEnabled …), %2 why</extracomment>
            <translation>No resuelta (%1): %2 La aplicación ve el texto literal de la referencia.</translation>
        </message>
        <message>
            <source>The value is not a valid @Microsoft.KeyVault(...) reference.</source>
            <translation>El valor no es una referencia @Microsoft.KeyVault(...) válida.</translation>
        </message>
        <message>
            <source>The app has no system-assigned identity to resolve the reference with.</source>
            <translation>La aplicación no tiene una identidad asignada por el sistema con la que resolver la referencia.</translation>
        </message>
        <message>
            <source>keyVaultReferenceIdentity names an identity that is not attached to the app.</source>
            <translation>keyVaultReferenceIdentity indica una identidad que no está vinculada a la aplicación.</translation>
        </message>
        <message>
            <source>No key vault named '%1'.</source>
            <translation>No hay ningún Key Vault llamado '%1'.</translation>
        </message>
        <message>
            <source>No secret named '%1' in %2.</source>
            <translation>No hay ningún secreto llamado '%1' en %2.</translation>
        </message>
        <message>
            <source>Secret '%1' has no version '%2'.</source>
            <translation>El secreto '%1' no tiene la versión '%2'.</translation>
        </message>
        <message>
            <source>Connection timed out: 169.254.169.254 (IMDS) is only reachable from inside an Azure VM.</source>
            <translation>Se agotó el tiempo de espera de la conexión: 169.254.169.254 (IMDS) solo es accesible desde dentro de una VM de Azure.</translation>
        </message>
        <message>
            <source>Connection refused: nothing listens on %1 here.</source>
            <translation>Conexión rechazada: aquí no escucha nada en %1.</translation>
        </message>
        <message>
            <source>token for %1 from the App Service endpoint</source>
            <translation>token para %1 del punto de conexión de App Service</translation>
        </message>
        <message>
            <source>token for %1 from the IMDS endpoint</source>
            <translation>token para %1 del punto de conexión de IMDS</translation>
        </message>
        <message>
            <source>token for %1 from az login (%2)</source>
            <extracomment>%2 the signed-in user</extracomment>
            <translation>token para %1 de az login (%2)</translation>
        </message>
        <message>
            <source>not a token credential</source>
            <translation>no es una credencial de token</translation>
        </message>
        <message>
            <source>Entra issued a user token for %1</source>
            <translation>Entra emitió un token de usuario para %1</translation>
        </message>
        <message>
            <source>%1: token acquired</source>
            <extracomment>%1 a credential (ManagedIdentityCredential …)</extracomment>
            <translation>%1: token obtenido</translation>
        </message>
        <message>
            <source>%1: requests a token</source>
            <extracomment>%1 a credential (ManagedIdentityCredential …); the token request follows in the next steps</extracomment>
            <translation>%1: solicita un token</translation>
        </message>
        <message>
            <source>%1: failed</source>
            <extracomment>%1 a credential (ManagedIdentityCredential …)</extracomment>
            <translation>%1: error</translation>
        </message>
        <message>
            <source>%1: trying</source>
            <extracomment>%1 a credential (ManagedIdentityCredential …)</extracomment>
            <translation>%1: probando</translation>
        </message>
        <message>
            <source>%1: unavailable</source>
            <extracomment>%1 a credential (EnvironmentCredential …)</extracomment>
            <translation>%1: no disponible</translation>
        </message>
        <message>
            <source>step: %1</source>
            <extracomment>%1 the step&apos;s label from the workload</extracomment>
            <translation>paso: %1</translation>
        </message>
        <message>
            <source>Key Vault reference %1</source>
            <extracomment>%1 the app setting&apos;s name</extracomment>
            <translation>Referencia de Key Vault %1</translation>
        </message>
        <message>
            <source>IMDS rejects requests that carry an X-Forwarded-For header: they look forwarded by a proxy, not sent from inside the VM (SSRF protection).</source>
            <translation>IMDS rechaza las solicitudes que llevan un encabezado X-Forwarded-For: parecen reenviadas por un proxy, no enviadas desde dentro de la VM (protección contra SSRF).</translation>
        </message>
        <message>
            <source>api-version 2017-09-01 wants the value of MSI_SECRET as the secret header.</source>
            <translation>api-version 2017-09-01 espera el valor de MSI_SECRET en el encabezado secret.</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::MainWindow</name>
        <message>
            <source>Keyless can no longer use its progress file: %1. What you do from now on may not be saved: check the disk and the file, then restart Keyless.</source>
            <translation>Keyless ya no puede usar su archivo de progreso: %1. Lo que haga a partir de ahora puede no guardarse: revise el disco y el archivo y reinicie Keyless.</translation>
        </message>
        <message>
            <source>Progress is saved in %1</source>
            <translation>El progreso se guarda en %1</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Lecciones</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Flujo</translation>
        </message>
        <message>
            <source>Labs</source>
            <translation>Laboratorios</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Práctica</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Keyless</source>
            <translation>Keyless</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navegación</translation>
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation>%1 (Ctrl+%2)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Tema</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Presenter mode</source>
            <translation>Modo &amp;presentación</translation>
        </message>
        <message>
            <source>Presenter mode: full screen and large type for a projector (F11)</source>
            <translation>Modo presentación: pantalla completa y letra grande para el proyector (F11)</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Ampliar</translation>
        </message>
        <message>
            <source>Larger text (Ctrl+=)</source>
            <translation>Texto más grande (Ctrl+=)</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>&amp;Reducir</translation>
        </message>
        <message>
            <source>Smaller text (Ctrl+-)</source>
            <translation>Texto más pequeño (Ctrl+-)</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>Tamaño &amp;original</translation>
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation>Seguir al &amp;sistema</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Claro</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Oscuro</translation>
        </message>
        <message>
            <source>&amp;Welcome</source>
            <translation>&amp;Bienvenida</translation>
        </message>
        <message>
            <source>&amp;About Keyless</source>
            <translation>&amp;Acerca de Keyless</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Acerca de &amp;Qt</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barra de herramientas principal</translation>
        </message>
        <message>
            <source>Your progress cannot be saved in this session: %1</source>
            <translation>Tu progreso no se puede guardar en esta sesión: %1</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Información</translation>
        </message>
        <message>
            <source>Progress is not saved</source>
            <translation>El progreso no se guarda</translation>
        </message>
        <message>
            <source>About Keyless</source>
            <translation>Acerca de Keyless</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Keyless %1&lt;/h3&gt;&lt;p&gt;A study and lab simulator for Azure managed identities: lessons, an animated authentication flow and hands-on labs against a simulated Microsoft Entra ID, entirely offline.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Keyless %1&lt;/h3&gt;&lt;p&gt;Un simulador de estudio y laboratorio para identidades administradas de Azure: lecciones, un flujo de autenticación animado y laboratorios prácticos contra un Microsoft Entra ID simulado, totalmente sin conexión.&lt;/p&gt;&lt;p&gt;Publicado bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The whole interface switches language at once. So do the simulator's explanations in the flow (messages from the Azure SDK and the services stay as they are). Lessons, questions and the labs are written in English for now.</source>
            <translation>Toda la interfaz cambia de idioma al instante. También las explicaciones del simulador en el flujo (los mensajes del SDK de Azure y de los servicios se quedan como están). Por ahora, las lecciones, las preguntas y los laboratorios están en inglés.</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Seguir al sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>&amp;Presenter type size:</source>
            <translation>Tamaño de letra en modo &amp;presentación:</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Presenter type size</source>
            <translation>Tamaño de letra en modo presentación</translation>
        </message>
        <message>
            <source>Start in presenter &amp;mode</source>
            <translation>Iniciar en &amp;modo presentación</translation>
        </message>
        <message>
            <source>&amp;Animation speed:</source>
            <translation>Velocidad de &amp;animación:</translation>
        </message>
        <message>
            <source>Slow</source>
            <translation>Lenta</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Fast</source>
            <translation>Rápida</translation>
        </message>
        <message>
            <source>Very fast</source>
            <translation>Muy rápida</translation>
        </message>
        <message>
            <source>Animation speed</source>
            <translation>Velocidad de animación</translation>
        </message>
        <message>
            <source>&amp;Reduce motion (show the end state of animations at once)</source>
            <translation>&amp;Reducir el movimiento (mostrar al instante el estado final de las animaciones)</translation>
        </message>
        <message>
            <source>Progress &amp;database:</source>
            <translation>&amp;Base de datos de progreso:</translation>
        </message>
        <message>
            <source>(in memory — progress is not saved)</source>
            <translation>(en memoria: el progreso no se guarda)</translation>
        </message>
        <message>
            <source>Progress database location</source>
            <translation>Ubicación de la base de datos de progreso</translation>
        </message>
        <message>
            <source>Open &amp;folder</source>
            <translation>Abrir &amp;carpeta</translation>
        </message>
        <message>
            <source>Open the folder of the progress database</source>
            <translation>Abrir la carpeta de la base de datos de progreso</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Study::LessonsPage</name>
        <message>
            <source>✓ read</source>
            <translation>✓ leída</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 percent read</source>
            <translation>%1 por ciento leído</translation>
        </message>
        <message>
            <source>✓</source>
            <translation>✓</translation>
        </message>
        <message>
            <source>Read ✓</source>
            <translation>Leída ✓</translation>
        </message>
        <message>
            <source>&amp;Mark as read</source>
            <translation>&amp;Marcar como leída</translation>
        </message>
        <message>
            <source>Search all lessons (Ctrl+K)</source>
            <translation>Buscar en todas las lecciones (Ctrl+K)</translation>
        </message>
        <message>
            <source>Search lessons</source>
            <translation>Buscar en las lecciones</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lección</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Leído</translation>
        </message>
        <message>
            <source>Table of contents</source>
            <translation>Índice</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <source>Lesson text</source>
            <translation>Texto de la lección</translation>
        </message>
        <message>
            <source>← &amp;Previous</source>
            <translation>← A&amp;nterior</translation>
        </message>
        <message>
            <source>Previous lesson (Alt+Left)</source>
            <translation>Lección anterior (Alt+Izquierda)</translation>
        </message>
        <message>
            <source>&amp;Next →</source>
            <translation>&amp;Siguiente →</translation>
        </message>
        <message>
            <source>Next lesson (Alt+Right)</source>
            <translation>Lección siguiente (Alt+Derecha)</translation>
        </message>
        <message>
            <source>Hide model an&amp;swers</source>
            <translation>Ocultar las &amp;respuestas modelo</translation>
        </message>
        <message>
            <source>&amp;Show model answers</source>
            <translation>Mostrar las &amp;respuestas modelo</translation>
        </message>
        <message>
            <source>Show or hide the model answers of the reflection questions</source>
            <translation>Mostrar u ocultar las respuestas modelo de las preguntas de reflexión</translation>
        </message>
        <message>
            <source>Mark this lesson as read</source>
            <translation>Marcar esta lección como leída</translation>
        </message>
        <message>
            <source>No lessons</source>
            <translation>No hay lecciones</translation>
        </message>
        <message>
            <source>No lesson could be loaded.</source>
            <translation>No se pudo cargar ninguna lección.</translation>
        </message>
        <message numerus="yes">
            <source>Lesson %1 of %2 · about %n minute(s)</source>
            <translation>
                <numerusform>Lección %1 de %2 · unos %n minuto</numerusform>
                <numerusform>Lección %1 de %2 · unos %n minutos</numerusform>
            </translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflexión</translation>
        </message>
        <message>
            <source>Question %1:</source>
            <translation>Pregunta %1:</translation>
        </message>
        <message>
            <source>Model answer:</source>
            <translation>Respuesta modelo:</translation>
        </message>
        <message>
            <source>Show model answer</source>
            <translation>Mostrar la respuesta modelo</translation>
        </message>
        <message>
            <source>Exam tip</source>
            <translation>Consejo para el examen</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>Could not save: %1</source>
            <translation>No se pudo guardar: %1</translation>
        </message>
        <message>
            <source>Nothing found for “%1”.</source>
            <translation>No se encontró nada para «%1».</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Study::PracticePage</name>
        <message>
            <source>&amp;Questions</source>
            <translation>&amp;Preguntas</translation>
        </message>
        <message>
            <source>&amp;Review cards</source>
            <translation>&amp;Tarjetas de repaso</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Práctica</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Study::ProgressPage</name>
        <message>
            <source>%1 · no answers</source>
            <translation>%1 · sin respuestas</translation>
        </message>
        <message>
            <source>Your progress</source>
            <translation>Tu progreso</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Save every recorded attempt and result as JSON or CSV</source>
            <translation>Guardar todos los intentos y resultados registrados como JSON o CSV</translation>
        </message>
        <message>
            <source>Practice accuracy per exam objective</source>
            <translation>Porcentaje de aciertos por objetivo del examen</translation>
        </message>
        <message>
            <source>Readiness per objective</source>
            <translation>Preparación por objetivo</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Correctas</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Preparación</translation>
        </message>
        <message>
            <source>Lessons read</source>
            <translation>Lecciones leídas</translation>
        </message>
        <message>
            <source>Labs</source>
            <translation>Laboratorios</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>Laboratorio</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Intentos</translation>
        </message>
        <message>
            <source>Best completion</source>
            <translation>Mejor avance</translation>
        </message>
        <message>
            <source>Lab completion</source>
            <translation>Avance en los laboratorios</translation>
        </message>
        <message>
            <source>Activity in the last 30 days</source>
            <translation>Actividad en los últimos 30 días</translation>
        </message>
        <message>
            <source>Chart: practice accuracy per exam objective</source>
            <translation>Gráfico: porcentaje de aciertos por objetivo del examen</translation>
        </message>
        <message>
            <source>Chart: lessons read</source>
            <translation>Gráfico: lecciones leídas</translation>
        </message>
        <message>
            <source>Chart: activity in the last 30 days</source>
            <translation>Gráfico: actividad en los últimos 30 días</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %2 lessons read · %n practice answer(s)</source>
            <translation>
                <numerusform>%1 de %2 lecciones leídas · %n respuesta de práctica</numerusform>
                <numerusform>%1 de %2 lecciones leídas · %n respuestas de práctica</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 % correct</source>
            <translation>%1 % correctas</translation>
        </message>
        <message numerus="yes">
            <source>%n review card(s) due today</source>
            <translation>
                <numerusform>%n tarjeta de repaso pendiente hoy</numerusform>
                <numerusform>%n tarjetas de repaso pendientes hoy</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not read all figures: %1</source>
            <translation>No se pudieron leer todas las cifras: %1</translation>
        </message>
        <message>
            <source>Correct answers (%)</source>
            <translation>Respuestas correctas (%)</translation>
        </message>
        <message>
            <source>% correct</source>
            <translation>% correctas</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>No answers yet</source>
            <translation>Aún sin respuestas</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Todavía no</translation>
        </message>
        <message>
            <source>Getting there</source>
            <translation>En camino</translation>
        </message>
        <message>
            <source>✓ Ready</source>
            <translation>✓ Preparado</translation>
        </message>
        <message numerus="yes">
            <source>At least %1 % correct with 80 % confidence, from %n answer(s).</source>
            <translation>
                <numerusform>Al menos un %1 % de aciertos con un 80 % de confianza, según %n respuesta.</numerusform>
                <numerusform>Al menos un %1 % de aciertos con un 80 % de confianza, según %n respuestas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sections read (%)</source>
            <translation>Secciones leídas (%)</translation>
        </message>
        <message>
            <source>✓ 100 %</source>
            <translation>✓ 100 %</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>sin empezar</translation>
        </message>
        <message>
            <source>Sections read</source>
            <translation>Secciones leídas</translation>
        </message>
        <message>
            <source>Questions answered</source>
            <translation>Preguntas respondidas</translation>
        </message>
        <message>
            <source>Cards reviewed</source>
            <translation>Tarjetas repasadas</translation>
        </message>
        <message>
            <source>Lab commands</source>
            <translation>Comandos de laboratorio</translation>
        </message>
        <message>
            <source>No progress store is open.</source>
            <translation>No hay ningún almacén de progreso abierto.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n record(s) to %1.</source>
            <translation>
                <numerusform>Se exportó %n registro a %1.</numerusform>
                <numerusform>Se exportaron %n registros a %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not export to %1: %2</source>
            <translation>No se pudo exportar a %1: %2</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>Exportar el progreso</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>No data yet</source>
            <translation>Aún no hay datos</translation>
        </message>
        <message>
            <source>Answer practice questions to see your accuracy per objective here.</source>
            <translation>Responde preguntas de práctica para ver aquí tu porcentaje de aciertos por objetivo.</translation>
        </message>
        <message>
            <source>Mark a lesson as read to see it here.</source>
            <translation>Marca una lección como leída para verla aquí.</translation>
        </message>
        <message>
            <source>Read, practise, review or work on a lab: each day&apos;s activity shows up here.</source>
            <translation>Lee, practica, repasa o trabaja en un laboratorio: la actividad de cada día aparece aquí.</translation>
        </message>
        <message>
            <source>% of sections read</source>
            <translation>% de secciones leídas</translation>
        </message>
        <message>
            <source>%1
Lab id: %2</source>
            <translation>%1
id del laboratorio: %2</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Study::QuizWidget</name>
        <message>
            <source>Finish</source>
            <translation>Terminar</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) not answered yet. They count as wrong. Finish the exam now?</source>
            <translation>
                <numerusform>Queda %n pregunta sin responder. Cuenta como incorrecta. ¿Terminar el examen ahora?</numerusform>
                <numerusform>Quedan %n preguntas sin responder. Cuentan como incorrectas. ¿Terminar el examen ahora?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) not answered yet. Finish now?</source>
            <translation>
                <numerusform>Queda %n pregunta sin responder. ¿Terminar ahora?</numerusform>
                <numerusform>Quedan %n preguntas sin responder. ¿Terminar ahora?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) not answered: they count as wrong, as on the real exam.</source>
            <translation>
                <numerusform>%n pregunta sin responder: cuenta como incorrecta, como en el examen real.</numerusform>
                <numerusform>%n preguntas sin responder: cuentan como incorrectas, como en el examen real.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) not answered: they are not counted.</source>
            <translation>
                <numerusform>%n pregunta sin responder: no se cuenta.</numerusform>
                <numerusform>%n preguntas sin responder: no se cuentan.</numerusform>
            </translation>
        </message>
        <message>
            <source>Time is up.</source>
            <translation>Se acabó el tiempo.</translation>
        </message>
        <message>
            <source>You stopped before answering a question.</source>
            <translation>Terminaste antes de responder a ninguna pregunta.</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Sin responder</translation>
        </message>
        <message>
            <source>Practice questions</source>
            <translation>Preguntas de práctica</translation>
        </message>
        <message>
            <source>Q&amp;uestions:</source>
            <translation>Pre&amp;guntas:</translation>
        </message>
        <message>
            <source>All questions</source>
            <translation>Todas las preguntas</translation>
        </message>
        <message>
            <source>By exam objective</source>
            <translation>Por objetivo del examen</translation>
        </message>
        <message>
            <source>By lesson</source>
            <translation>Por lección</translation>
        </message>
        <message>
            <source>Weakest first</source>
            <translation>Las más débiles primero</translation>
        </message>
        <message>
            <source>Which questions</source>
            <translation>Qué preguntas</translation>
        </message>
        <message>
            <source>Objective or lesson</source>
            <translation>Objetivo o lección</translation>
        </message>
        <message>
            <source>&amp;Number of questions:</source>
            <translation>&amp;Número de preguntas:</translation>
        </message>
        <message>
            <source>Number of questions</source>
            <translation>Número de preguntas</translation>
        </message>
        <message>
            <source>&amp;Time limit:</source>
            <translation>Tiempo &amp;límite:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Exam time limit in minutes</source>
            <translation>Tiempo límite del examen en minutos</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Empezar</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>S&amp;ubir</translation>
        </message>
        <message>
            <source>Move the selected step up (Alt+Up)</source>
            <translation>Subir el paso seleccionado (Alt+Arriba)</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>Move the selected step down (Alt+Down)</source>
            <translation>Bajar el paso seleccionado (Alt+Abajo)</translation>
        </message>
        <message>
            <source>Steps to put in order</source>
            <translation>Pasos que hay que ordenar</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Explicación</translation>
        </message>
        <message>
            <source>&amp;Check answer</source>
            <translation>&amp;Comprobar la respuesta</translation>
        </message>
        <message>
            <source>F&amp;inish</source>
            <translation>Ter&amp;minar</translation>
        </message>
        <message>
            <source>&amp;Practise the wrong ones again</source>
            <translation>Practicar &amp;otra vez las falladas</translation>
        </message>
        <message>
            <source>New &amp;session</source>
            <translation>Nueva &amp;sesión</translation>
        </message>
        <message>
            <source>Review of wrong answers</source>
            <translation>Repaso de las respuestas incorrectas</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>Pregunta %1 de %2</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) available.</source>
            <translation>
                <numerusform>%n pregunta disponible.</numerusform>
                <numerusform>%n preguntas disponibles.</numerusform>
            </translation>
        </message>
        <message>
            <source>Time left: %1:%2</source>
            <translation>Tiempo restante: %1:%2</translation>
        </message>
        <message>
            <source>Put the steps in order: select a step and move it (drag, or Alt+Up / Alt+Down).</source>
            <translation>Ordena los pasos: selecciona un paso y muévelo (arrastrando, o con Alt+Arriba / Alt+Abajo).</translation>
        </message>
        <message numerus="yes">
            <source>Choose %n answer(s).</source>
            <translation>
                <numerusform>Elige %n respuesta.</numerusform>
                <numerusform>Elige %n respuestas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose one answer.</source>
            <translation>Elige una respuesta.</translation>
        </message>
        <message>
            <source>Keys: A–%1, then Enter.</source>
            <translation>Teclas: A–%1 y luego Intro.</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Siguiente</translation>
        </message>
        <message>
            <source>F&amp;inish exam</source>
            <translation>Ter&amp;minar el examen</translation>
        </message>
        <message>
            <source>Choose an answer first.</source>
            <translation>Primero elige una respuesta.</translation>
        </message>
        <message>
            <source>Could not save this answer: %1</source>
            <translation>No se pudo guardar esta respuesta: %1</translation>
        </message>
        <message>
            <source>Correct.</source>
            <translation>Correcto.</translation>
        </message>
        <message>
            <source>Not quite.</source>
            <translation>No del todo.</translation>
        </message>
        <message>
            <source>&amp;Next question</source>
            <translation>&amp;Siguiente pregunta</translation>
        </message>
        <message>
            <source>See re&amp;sults</source>
            <translation>Ver los &amp;resultados</translation>
        </message>
        <message>
            <source>The right order:</source>
            <translation>El orden correcto:</translation>
        </message>
        <message>
            <source>you put it at position %1</source>
            <translation>lo pusiste en la posición %1</translation>
        </message>
        <message>
            <source>not placed</source>
            <translation>sin colocar</translation>
        </message>
        <message>
            <source>✓ correct answer</source>
            <translation>✓ respuesta correcta</translation>
        </message>
        <message>
            <source>✗ wrong answer</source>
            <translation>✗ respuesta incorrecta</translation>
        </message>
        <message>
            <source>your choice</source>
            <translation>tu elección</translation>
        </message>
        <message numerus="yes">
            <source>You answered %1 of %n question(s) correctly.</source>
            <translation>
                <numerusform>Respondiste correctamente %1 de %n pregunta.</numerusform>
                <numerusform>Respondiste correctamente %1 de %n preguntas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Score: %1 of %2</source>
            <translation>Puntuación: %1 de %2</translation>
        </message>
        <message>
            <source>✓ Passed (%1 needed)</source>
            <translation>✓ Aprobado (se necesitan %1)</translation>
        </message>
        <message>
            <source>✗ Not passed (%1 needed)</source>
            <translation>✗ No aprobado (se necesitan %1)</translation>
        </message>
        <message>
            <source>No wrong answers — well done.</source>
            <translation>Ninguna respuesta incorrecta: ¡bien hecho!</translation>
        </message>
        <message>
            <source>Question %1:</source>
            <translation>Pregunta %1:</translation>
        </message>
        <message>
            <source>&amp;Exam mode (timed, score out of 1000)</source>
            <translation>Modo e&amp;xamen (con tiempo límite, puntuación sobre 1000)</translation>
        </message>
        <message>
            <source>Explanations only at the end; 700 of 1000 points pass, as on the real exam.</source>
            <translation>Explicaciones solo al final; se aprueba con 700 de 1000 puntos, como en el examen real.</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Study::ReviewWidget</name>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>dentro de %n día</numerusform>
                <numerusform>dentro de %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>Could not save: %1</source>
            <translation>No se pudo guardar: %1</translation>
        </message>
        <message>
            <source>Show answer (Space)</source>
            <translation>Mostrar la respuesta (Espacio)</translation>
        </message>
        <message>
            <source>Show the answer</source>
            <translation>Mostrar la respuesta</translation>
        </message>
        <message>
            <source>1 Again</source>
            <translation>1 Otra vez</translation>
        </message>
        <message>
            <source>2 Hard</source>
            <translation>2 Difícil</translation>
        </message>
        <message>
            <source>3 Good</source>
            <translation>3 Bien</translation>
        </message>
        <message>
            <source>4 Easy</source>
            <translation>4 Fácil</translation>
        </message>
        <message>
            <source>Forgot it: see it again in this session, and start over</source>
            <translation>Olvidada: verla otra vez en esta sesión y empezar de nuevo</translation>
        </message>
        <message>
            <source>Remembered with serious difficulty: see it again in this session</source>
            <translation>Recordada con mucha dificultad: verla otra vez en esta sesión</translation>
        </message>
        <message>
            <source>Remembered after a hesitation</source>
            <translation>Recordada tras dudar un poco</translation>
        </message>
        <message>
            <source>Remembered perfectly</source>
            <translation>Recordada a la perfección</translation>
        </message>
        <message>
            <source>Card front</source>
            <translation>Anverso de la tarjeta</translation>
        </message>
        <message>
            <source>Card back</source>
            <translation>Reverso de la tarjeta</translation>
        </message>
        <message numerus="yes">
            <source>Done for today: %n card(s) reviewed.</source>
            <translation>
                <numerusform>Terminado por hoy: %n tarjeta repasada.</numerusform>
                <numerusform>Terminado por hoy: %n tarjetas repasadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>The review cards cannot be loaded.</source>
            <translation>No se pueden cargar las tarjetas de repaso.</translation>
        </message>
        <message>
            <source>Keyless could not read your progress, so it cannot tell which cards are due.</source>
            <translation>Keyless no pudo leer tu progreso, así que no sabe qué tarjetas están pendientes.</translation>
        </message>
        <message>
            <source>No cards are due today.</source>
            <translation>Hoy no hay tarjetas pendientes.</translation>
        </message>
        <message numerus="yes">
            <source>Next review: %1 (%n card(s)).</source>
            <translation>
                <numerusform>Próximo repaso: %1 (%n tarjeta).</numerusform>
                <numerusform>Próximo repaso: %1 (%n tarjetas).</numerusform>
            </translation>
        </message>
        <message>
            <source>There are no review cards.</source>
            <translation>No hay tarjetas de repaso.</translation>
        </message>
        <message>
            <source>All caught up.</source>
            <translation>Todo al día.</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) left today</source>
            <translation>
                <numerusform>Queda %n tarjeta hoy</numerusform>
                <numerusform>Quedan %n tarjetas hoy</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) to see again</source>
            <translation>
                <numerusform>%n tarjeta para repasar otra vez</numerusform>
                <numerusform>%n tarjetas para repasar otra vez</numerusform>
            </translation>
        </message>
        <message>
            <source>How well did you remember? Press 1–4.</source>
            <translation>¿Qué tal la recordabas? Pulsa 1–4.</translation>
        </message>
        <message>
            <source>Recall the answer, then press Space.</source>
            <translation>Recuerda la respuesta y pulsa Espacio.</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::WelcomeDialog</name>
        <message>
            <source>Welcome to Keyless</source>
            <translation>Te damos la bienvenida a Keyless</translation>
        </message>
        <message>
            <source>Your progress is saved on this computer.</source>
            <translation>Tu progreso se guarda en este equipo.</translation>
        </message>
        <message>
            <source>Your progress cannot be saved in this session: it is lost when you close Keyless.</source>
            <translation>Tu progreso no se puede guardar en esta sesión: se pierde al cerrar Keyless.</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Welcome to Keyless&lt;/h2&gt;&lt;p&gt;Keyless teaches Azure managed identities — how a service reaches another one with no secret at all. Everything runs offline against a simulated Azure. There are three ways to use it:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Study&lt;/b&gt;: read the lessons, practise exam-style questions and review flash cards. %1&lt;/li&gt;&lt;li&gt;&lt;b&gt;Labs&lt;/b&gt;: fix broken setups in a simulated cloud with a console and portal-like views, and watch the token flow hop by hop.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Classroom&lt;/b&gt;: press F11 for presenter mode — full screen and large type for a projector.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;h2&gt;Te damos la bienvenida a Keyless&lt;/h2&gt;&lt;p&gt;Keyless enseña las identidades administradas de Azure: cómo un servicio llega a otro sin ningún secreto. Todo funciona sin conexión contra un Azure simulado. Hay tres formas de usarlo:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Estudiar&lt;/b&gt;: lee las lecciones, practica preguntas de tipo examen y repasa tarjetas. %1&lt;/li&gt;&lt;li&gt;&lt;b&gt;Laboratorios&lt;/b&gt;: arregla configuraciones rotas en una nube simulada con una consola y vistas parecidas al portal, y observa el flujo del token paso a paso.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Clase&lt;/b&gt;: pulsa F11 para el modo presentación: pantalla completa y letra grande para el proyector.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>Welcome text</source>
            <translation>Texto de bienvenida</translation>
        </message>
        <message>
            <source>&amp;Start the first lesson</source>
            <translation>&amp;Empezar la primera lección</translation>
        </message>
        <message>
            <source>&amp;Look around first</source>
            <translation>Primero echar un &amp;vistazo</translation>
        </message>
    </context>
</TS>
