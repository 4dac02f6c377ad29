@echo off
rem Recall on Windows: builds it if needed (Java 17 and Maven on the PATH), then runs it on the
rem embedded database (.\data) with the quizzes of questions\. Flags as for scripts/run:
rem   scripts\run.cmd --port 9000
setlocal
cd /d "%~dp0.."
set JAR=server\target\recall.jar
if not exist "%JAR%" (
  echo Building Recall ^(first run takes a minute^)...
  call mvn -B -q -Dstyle.color=never -DskipTests package
  if errorlevel 1 exit /b 1
)
java -jar "%JAR%" %*
