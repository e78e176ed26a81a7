# Builds the tickerwire binaries (ingest, enrich, sink, tickerwire) into one
# small image; docker-compose.yml picks the worker with `command`.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# Pure Go (modernc.org/sqlite needs no cgo), so the binaries are static.
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/ ./cmd/...

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/ /usr/local/bin/
WORKDIR /var/lib/tickerwire
USER nonroot:nonroot
ENTRYPOINT []
CMD ["tickerwire", "run", "--data-dir", "/var/lib/tickerwire"]
