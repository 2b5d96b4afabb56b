//! A raw HTTP/1.1 client over one kept-alive connection: it sends a request target byte for byte, and tells a complete answer from a missing or a truncated one.

use std::fmt;
use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

/// Longest wait for any one answer.
const ANSWER_WITHIN: Duration = Duration::from_secs(10);

/// A whole answer: the head, and a body as long as the head said.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    /// Names in lower case, in the order sent.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The server said it closes the connection after this answer.
    pub closes: bool,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// What came back for a request.
#[derive(Debug)]
pub enum Exchange {
    Answered(Answer),
    /// Not a byte of an answer: the connection was refused, reset or closed first.
    NoAnswer(io::Error),
    /// Part of an answer, then the connection ended: must never happen.
    Truncated(String),
}

/// One connection; after a `NoAnswer`, `Truncated` or an answer that closes it, the next
/// request opens a new one.
pub struct Connection {
    addr: SocketAddr,
    stream: Option<TcpStream>,
    /// Bytes read past the previous answer (none, without pipelining).
    buffer: Vec<u8>,
    /// Connections opened, the first included.
    pub opened: usize,
}

impl Connection {
    pub fn new(addr: SocketAddr) -> Self {
        Self {
            addr,
            stream: None,
            buffer: Vec::new(),
            opened: 0,
        }
    }

    /// Sends `method target HTTP/1.1` with a Host header, `headers` and `body` (with its
    /// length when there is one) and reads the answer.
    pub async fn send(
        &mut self,
        method: &str,
        target: &[u8],
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Exchange {
        let mut request = Vec::with_capacity(target.len() + 128);
        request.extend_from_slice(method.as_bytes());
        request.push(b' ');
        request.extend_from_slice(target);
        request.extend_from_slice(b" HTTP/1.1\r\nHost: localhost\r\n");
        for (name, value) in headers {
            request.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
        }
        if !body.is_empty() {
            request.extend_from_slice(format!("Content-Length: {}\r\n", body.len()).as_bytes());
        }
        request.extend_from_slice(b"\r\n");
        request.extend_from_slice(body);
        let exchange =
            match tokio::time::timeout(ANSWER_WITHIN, self.exchange(&request, method == "HEAD"))
                .await
            {
                Ok(exchange) => exchange,
                Err(_) => Exchange::Truncated(format!(
                    "no whole answer within {ANSWER_WITHIN:?} to {}",
                    String::from_utf8_lossy(&request[..request.len().min(200)])
                )),
            };
        if !matches!(&exchange, Exchange::Answered(answer) if !answer.closes) {
            self.stream = None;
            self.buffer.clear();
        }
        exchange
    }

    async fn exchange(&mut self, request: &[u8], head_only: bool) -> Exchange {
        if self.stream.is_none() {
            match TcpStream::connect(self.addr).await {
                Ok(stream) => {
                    let _ = stream.set_nodelay(true);
                    self.stream = Some(stream);
                    self.opened += 1;
                }
                Err(error) => return Exchange::NoAnswer(error),
            }
        }
        let stream = self.stream.as_mut().expect("connected above");
        // A server may close as it reads (a head too large): what it answered still counts.
        let write_error = stream.write_all(request).await.err();
        let head_end = loop {
            if let Some(at) = find(&self.buffer, b"\r\n\r\n") {
                break at + 4;
            }
            match read_more(stream, &mut self.buffer).await {
                Ok(true) => {}
                Ok(false) | Err(_) if self.buffer.is_empty() => {
                    return Exchange::NoAnswer(write_error.unwrap_or_else(|| {
                        io::Error::new(io::ErrorKind::UnexpectedEof, "closed before answering")
                    }));
                }
                Ok(false) => return Exchange::Truncated(self.partial("the head")),
                Err(error) => {
                    return Exchange::Truncated(self.partial(&format!("the head ({error})")))
                }
            }
        };
        let head = String::from_utf8_lossy(&self.buffer[..head_end]).into_owned();
        self.buffer.drain(..head_end);
        let mut lines = head.split("\r\n");
        let status_line = lines.next().unwrap_or_default();
        let Some(status) = status_line
            .strip_prefix("HTTP/1.1 ")
            .and_then(|rest| rest.get(..3))
            .and_then(|code| code.parse::<u16>().ok())
        else {
            return Exchange::Truncated(format!("not a status line: {status_line:?}"));
        };
        let headers: Vec<(String, String)> = lines
            .filter(|line| !line.is_empty())
            .filter_map(|line| line.split_once(':'))
            .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
            .collect();
        let value = |name: &str| {
            headers
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.to_ascii_lowercase())
        };
        let closes = value("connection").is_some_and(|value| value.contains("close"));
        let no_body = head_only || status == 304 || status == 204 || status < 200;
        let body = if no_body {
            Vec::new()
        } else if value("transfer-encoding").is_some_and(|value| value.contains("chunked")) {
            match self.chunked(status).await {
                Ok(body) => body,
                Err(message) => return Exchange::Truncated(message),
            }
        } else if let Some(length) = value("content-length") {
            let Ok(length) = length.parse::<usize>() else {
                return Exchange::Truncated(format!("content-length {length:?}"));
            };
            if let Err(message) = self.fill(length).await {
                return Exchange::Truncated(format!("{status}: {message}"));
            }
            self.buffer.drain(..length).collect()
        } else {
            // Delimited by the end of the connection: nothing tells a truncated body, so
            // the server must not answer this way.
            return Exchange::Truncated(format!("{status} without a length: {head:?}"));
        };
        Exchange::Answered(Answer {
            status,
            headers,
            body,
            closes,
        })
    }

    /// Reads until the buffer holds `length` bytes.
    async fn fill(&mut self, length: usize) -> Result<(), String> {
        let stream = self.stream.as_mut().expect("connected");
        while self.buffer.len() < length {
            match read_more(stream, &mut self.buffer).await {
                Ok(true) => {}
                Ok(false) => {
                    return Err(format!(
                        "{} of {length} bytes, then the end",
                        self.buffer.len()
                    ))
                }
                Err(error) => {
                    return Err(format!(
                        "{} of {length} bytes, then {error}",
                        self.buffer.len()
                    ))
                }
            }
        }
        Ok(())
    }

    async fn chunked(&mut self, status: u16) -> Result<Vec<u8>, String> {
        let mut body = Vec::new();
        loop {
            let line_end = loop {
                if let Some(at) = find(&self.buffer, b"\r\n") {
                    break at;
                }
                let stream = self.stream.as_mut().expect("connected");
                if !read_more(stream, &mut self.buffer).await.unwrap_or(false) {
                    return Err(format!(
                        "{status}: chunked body cut after {} bytes",
                        body.len()
                    ));
                }
            };
            let size_text = String::from_utf8_lossy(&self.buffer[..line_end]).into_owned();
            let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
                .map_err(|_| format!("{status}: chunk size {size_text:?}"))?;
            self.buffer.drain(..line_end + 2);
            if size == 0 {
                // No trailers from this server: the closing empty line.
                self.fill(2).await?;
                self.buffer.drain(..2);
                return Ok(body);
            }
            self.fill(size + 2).await?;
            body.extend(self.buffer.drain(..size));
            self.buffer.drain(..2);
        }
    }

    fn partial(&self, what: &str) -> String {
        format!(
            "{what} cut after {} bytes: {:?}",
            self.buffer.len(),
            String::from_utf8_lossy(&self.buffer[..self.buffer.len().min(200)])
        )
    }
}

impl fmt::Debug for Connection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Connection to {} ({} opened)", self.addr, self.opened)
    }
}

/// Appends what the stream has; `false` at its end.
async fn read_more(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> io::Result<bool> {
    let mut chunk = [0u8; 16 * 1024];
    let read = stream.read(&mut chunk).await?;
    buffer.extend_from_slice(&chunk[..read]);
    Ok(read > 0)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}
