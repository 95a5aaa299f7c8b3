# Rollcall on Payara Micro, embedded Derby on a volume. Build the WAR first: mvn -B package
# (WildFly: server-config/wildfly/Dockerfile.)
#   docker build -t rollcall . && docker run -p 8080:8080 -v rollcall-data:/opt/payara/data rollcall
# On PostgreSQL or MariaDB instead: docker run -p 8080:8080 -e ROLLCALL_DB_URL=jdbc:postgresql://db:5432/rollcall \
#   -e ROLLCALL_DB_USER=rollcall -e ROLLCALL_DB_PASSWORD=... rollcall   (the drivers are in the WAR)
FROM payara/micro:6.2025.10-jdk17

ENV ROLLCALL_DATA_DIR=/opt/payara/data \
    JDK_JAVA_OPTIONS="-Dderby.stream.error.file=/opt/payara/data/derby.log"

USER root
RUN mkdir -p /opt/payara/data /opt/payara/config && chown -R payara:payara /opt/payara/data /opt/payara/config
USER payara

COPY --chown=payara:payara server-config/payara-micro/pre-boot-commands.asadmin server-config/payara-micro/post-boot-commands.asadmin \
     /opt/payara/config/
COPY --chown=payara:payara target/rollcall.war /opt/payara/deployments/

VOLUME /opt/payara/data
EXPOSE 8080
CMD ["--deploy", "/opt/payara/deployments/rollcall.war", "--contextroot", "/", \
     "--nohazelcast", "--disablephonehome", \
     "--prebootcommandfile", "/opt/payara/config/pre-boot-commands.asadmin", \
     "--postbootcommandfile", "/opt/payara/config/post-boot-commands.asadmin"]
